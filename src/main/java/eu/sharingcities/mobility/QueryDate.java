package eu.sharingcities.mobility;

import eu.sharingcities.text.Refusal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date in a request's query (YYYY-MM-DD), {@code otherwise} when there is none; a 400 that says how to write it when it is not one. */
public final class QueryDate {

    private QueryDate() {
    }

    public static LocalDate of(String date, LocalDate otherwise) {
        if (date == null || date.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new Refusal("transit.refused.date", date);
        }
    }
}

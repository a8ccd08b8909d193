package eu.sharingcities.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Checks of the fields of a request, each refusal naming the field and saying what is expected,
 * e.g. "reportingStart: a day after the works ended (2026-07-17)." (answered as 400 by the REST API).
 */
public final class FieldCheck {

    private FieldCheck() {
    }

    /** For checks only the REST API makes (its answers are English); a check a page can meet says its {@link Message}. */
    public static void require(boolean ok, String field, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(field + ": " + expected + ".");
        }
    }

    /** Refuses, naming the field and what it expects in the reader's language (the portal's or the API's English). */
    public static void require(boolean ok, String field, Message expected) {
        if (!ok) {
            throw new Refusal("field.expected", field, expected);
        }
    }

    /** A JSON body that did not come, or came as null. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new Refusal("field.body");
        }
        return body;
    }

    public static boolean text(String value) {
        return value != null && !value.isBlank();
    }

    public static Instant instant(String value, String field) {
        try {
            return Instant.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new Refusal("field.expected", field, Message.of("field.instant", String.valueOf(value)));
        }
    }

    public static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new Refusal("field.expected", field, Message.of("field.date", String.valueOf(value)));

        }
    }
}

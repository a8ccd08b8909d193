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

    public static void require(boolean ok, String field, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(field + ": " + expected + ".");
        }
    }

    /** A JSON body that did not come, or came as null. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new IllegalArgumentException("The request needs a JSON body; see /openapi for its fields.");
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
            throw new IllegalArgumentException(field + ": '" + value + "' is not an ISO 8601 instant such as 2026-11-25T10:00:00Z.");
        }
    }

    public static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a date; write it as 2026-03-31.");
        }
    }
}

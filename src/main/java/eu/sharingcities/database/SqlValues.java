package eu.sharingcities.database;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Values of native query rows as Java types, whichever JDBC type the driver and Hibernate hand over. */
public final class SqlValues {

    private SqlValues() {
    }

    public static Number num(Object value) {
        return (Number) value;
    }

    public static LocalDate date(Object value) {
        return switch (value) {
            case LocalDate d -> d;
            case Date d -> d.toLocalDate();
            default -> throw new IllegalStateException("unexpected date type " + value.getClass());
        };
    }

    public static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            case java.util.Date d -> d.toInstant();
            default -> throw new IllegalStateException("unexpected time type " + value.getClass());
        };
    }
}

package eu.sharingcities.ingest.config;

import java.util.regex.Pattern;

/** The platform's name of a measured point, unique in its city, e.g. {@code milan.b01.supply-temp}. */
public record PointCode(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,127}");

    public PointCode {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("point code '" + value + "' must be 3 to 128 lower-case letters, digits, "
                    + "'.', '-' or '_' (e.g. milan.b01.supply-temp)");
        }
    }
}

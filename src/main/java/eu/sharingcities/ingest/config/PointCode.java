package eu.sharingcities.ingest.config;

import eu.sharingcities.text.Refusal;

import java.util.regex.Pattern;

/** The platform's name of a measured point, unique in its city, e.g. {@code milan.b01.supply-temp}. */
public record PointCode(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,127}");

    public PointCode {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new Refusal("config.code", value);
        }
    }
}

package eu.sharingcities.security;

import java.util.regex.Pattern;

/** A sign-in name: lower-case letters, digits, dot, dash, underscore; 3 to 64 characters. */
public record Username(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    public Username {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a valid username: use 3 to 64 lower-case letters, "
                    + "digits, '.', '-' or '_', starting with a letter or digit (e.g. milan.operator).");
        }
    }
}

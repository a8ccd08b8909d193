package eu.sharingcities.security;

import eu.sharingcities.text.Refusal;

import java.util.regex.Pattern;

/** A sign-in name: lower-case letters, digits, dot, dash, underscore; 3 to 64 characters. */
public record Username(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    public Username {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new Refusal("users.refused.username", String.valueOf(value));

        }
    }
}

package eu.sharingcities.security;

import eu.sharingcities.text.Refusal;
/** What a password set by an administrator must be. Demo accounts are the only exception. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;

    private PasswordRules() {
    }

    /** Returns the password, or throws with what is wrong and how to fix it. */
    public static String requireStrong(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new Refusal("password.short", MIN_LENGTH);
        }
        String lower = password.toLowerCase();
        if (lower.equals("demo") || lower.contains("password") || (username != null && lower.contains(username.toLowerCase()))) {
            throw new Refusal("password.guessable");
        }
        return password;
    }
}

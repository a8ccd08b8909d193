package eu.sharingcities.security;

/** What a password set by an administrator must be. Demo accounts are the only exception. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;

    private PasswordRules() {
    }

    /** Returns the password, or throws with what is wrong and how to fix it. */
    public static String requireStrong(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("The password must have at least " + MIN_LENGTH + " characters.");
        }
        String lower = password.toLowerCase();
        if (lower.equals("demo") || lower.contains("password") || (username != null && lower.contains(username.toLowerCase()))) {
            throw new IllegalArgumentException("The password must not be a default password, contain 'password' or the username.");
        }
        return password;
    }
}

package eu.sharingcities.security;

import java.time.Duration;

/** How many wrong passwords in a row lock an account, and for how long. */
public record SignInPolicy(int maxFailedAttempts, Duration lockout) {

    public static final SignInPolicy DEFAULT = new SignInPolicy(5, Duration.ofMinutes(15));

    public SignInPolicy {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("maxFailedAttempts must be at least 1");
        }
    }
}

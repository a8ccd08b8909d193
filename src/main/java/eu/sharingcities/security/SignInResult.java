package eu.sharingcities.security;

import java.time.Duration;

/**
 * How a sign-in attempt ended. A wrong password, an unknown user and a disabled account all read
 * WRONG_CREDENTIALS to the caller, so nobody learns which usernames exist.
 */
public record SignInResult(Outcome outcome, Duration retryAfter, SignedInUser user) {

    public enum Outcome {
        SIGNED_IN, WRONG_CREDENTIALS, SLOWED_DOWN, BUSY
    }

    static final SignInResult WRONG_CREDENTIALS = new SignInResult(Outcome.WRONG_CREDENTIALS, Duration.ZERO, null);
    public static final SignInResult BUSY = new SignInResult(Outcome.BUSY, Duration.ofSeconds(1), null);

    public static SignInResult signedIn(SignedInUser user) {
        return new SignInResult(Outcome.SIGNED_IN, Duration.ZERO, user);
    }

    static SignInResult slowedDown(Duration wait) {
        return new SignInResult(Outcome.SLOWED_DOWN, wait, null);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }

    /** Whole seconds to wait, rounded up, for a Retry-After header or a message. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

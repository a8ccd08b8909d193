package eu.sharingcities.security;

/** How a sign-in attempt ended; the login view tells the person which. */
public enum SignInResult {
    SIGNED_IN, WRONG_CREDENTIALS, LOCKED, DISABLED
}

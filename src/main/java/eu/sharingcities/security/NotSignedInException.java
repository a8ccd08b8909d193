package eu.sharingcities.security;

/** Nobody is signed in; REST answers 401 and asks for credentials. */
public class NotSignedInException extends NotPermittedException {
    public NotSignedInException() {
        super("Sign in first (HTTP Basic with your platform username and password).");
    }
}

package eu.sharingcities.security;

/** The caller may not do this; the message says why. REST answers 403, the portal shows the message. */
public class NotPermittedException extends RuntimeException {
    public NotPermittedException(String message) {
        super(message);
    }
}

package eu.sharingcities.database;

/** Stops the deployment with a message that says what is wrong and what to do. */
public class PlatformStartupException extends RuntimeException {
    public PlatformStartupException(String message) {
        super(message);
    }

    public PlatformStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}

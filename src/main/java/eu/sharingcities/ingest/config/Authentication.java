package eu.sharingcities.ingest.config;

/**
 * How the platform identifies itself to a controller. Passwords are never written in the file:
 * it names the environment variable that holds them.
 */
public sealed interface Authentication {

    record Anonymous() implements Authentication {
    }

    record UsernamePassword(String username, String passwordVariable) implements Authentication {
    }

    /** The platform's own application certificate (kept in its PKI folder) identifies it. */
    record Certificate() implements Authentication {
    }
}

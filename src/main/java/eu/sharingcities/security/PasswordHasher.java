package eu.sharingcities.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations and a 32-byte salt (OWASP's figures). The stored form
 * names its algorithm and iterations, so stronger settings later still verify older hashes. At most
 * one hash runs per core at a time: a burst of sign-ins waits its turn or is told to come back,
 * instead of taking every core from the rest of the platform.
 */
@ApplicationScoped
public class PasswordHasher {

    static final long WAIT_FOR_TURN_SECONDS = 5;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private final Semaphore turns = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
    private String decoy;

    /** Too many hashes already running: the caller should answer "busy, retry". */
    public static class BusyException extends RuntimeException {
        BusyException() {
            super("Too many sign-ins at once; try again in a second.");
        }
    }

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return inTurn(() -> pbkdf2.generate(password.toCharArray()));
    }

    public boolean matches(String password, String storedHash) {
        return inTurn(() -> pbkdf2.verify(password.toCharArray(), storedHash));
    }

    /** Costs what {@link #matches} costs, for a user that does not exist or may not sign in. */
    public void spendTimeOfOneCheck(String password) {
        inTurn(() -> pbkdf2.verify(password.toCharArray(), decoy));
    }

    private <T> T inTurn(java.util.function.Supplier<T> work) {
        try {
            if (!turns.tryAcquire(WAIT_FOR_TURN_SECONDS, TimeUnit.SECONDS)) {
                throw new BusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        }
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }
}

package eu.sharingcities.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials that passed the PBKDF2 check lately, so a REST client sending HTTP Basic on every
 * request pays the slow hash once every few minutes instead of on each call. Entries are keyed by
 * an HMAC of username and password under a key that lives only in this process's memory, so the
 * cache holds no password nor anything that could be checked offline. An entry is valid only while
 * the account still has the password hash it was verified against: a changed password (on any node)
 * ends it at once; a disabled account is refused by the caller.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    private record Entry(String username, String passwordHash, Instant expires) {
    }

    public VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The password hash the credential was verified against, if it was lately. */
    public Optional<String> verifiedHash(String username, String password) {
        Entry entry = entries.get(fingerprint(username, password));
        if (entry == null || !entry.username().equals(username)) {
            return Optional.empty();
        }
        if (!entry.expires().isAfter(clock.instant())) {
            entries.remove(fingerprint(username, password));
            return Optional.empty();
        }
        return Optional.of(entry.passwordHash());
    }

    public void remember(String username, String password, String passwordHash) {
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !e.expires().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // a flood of distinct valid credentials: start again rather than grow
            }
        }
        entries.put(fingerprint(username, password), new Entry(username, passwordHash, now.plus(LIFETIME)));
    }

    public void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

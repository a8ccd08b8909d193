package eu.sharingcities.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedCredentialsTest {

    private final VerifiedCredentials cache = new VerifiedCredentials();

    @Test
    void onlyTheSameUsernameAndPasswordFindTheEntry() {
        cache.remember("milan.viewer", "demo", "PBKDF2:hash-1");

        assertThat(cache.verifiedHash("milan.viewer", "demo")).contains("PBKDF2:hash-1");
        assertThat(cache.verifiedHash("milan.viewer", "demo ")).isEmpty();
        assertThat(cache.verifiedHash("milan.admin", "demo")).isEmpty();
    }

    @Test
    void anEntryEndsAfterItsLifetime() {
        Instant start = Instant.parse("2026-11-30T10:00:00Z");
        cache.clock = Clock.fixed(start, ZoneOffset.UTC);
        cache.remember("milan.viewer", "demo", "PBKDF2:hash-1");
        cache.clock = Clock.fixed(start.plus(VerifiedCredentials.LIFETIME), ZoneOffset.UTC);

        assertThat(cache.verifiedHash("milan.viewer", "demo")).isEmpty();
    }

    @Test
    void forgettingAUserEndsAllTheirEntries() {
        cache.remember("milan.viewer", "demo", "PBKDF2:hash-1");
        cache.remember("milan.viewer", "old", "PBKDF2:hash-0");
        cache.remember("milan.admin", "demo", "PBKDF2:hash-2");
        cache.forget("milan.viewer");

        assertThat(cache.verifiedHash("milan.viewer", "demo")).isEmpty();
        assertThat(cache.verifiedHash("milan.viewer", "old")).isEmpty();
        assertThat(cache.verifiedHash("milan.admin", "demo")).isPresent();
    }
}

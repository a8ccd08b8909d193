package eu.sharingcities.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle with the default policy: 5 free failures per (source, account), 20 per source, then 1 s, 2 s, 4 s … up to 15 min. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle();

    SignInThrottleTest() {
        throttle.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void fiveWrongPasswordsAreFreeTheSixthWaitsOneSecondAndEachNextTwiceAsLong() {
        for (int i = 1; i <= 5; i++) {
            assertThat(throttle.failed("10.0.0.9", "warsaw.admin")).isFalse();
            assertThat(throttle.waitFor("10.0.0.9", "warsaw.admin")).isEmpty();
        }
        assertThat(throttle.failed("10.0.0.9", "warsaw.admin")).as("the 6th starts the wait").isTrue();
        assertThat(throttle.waitFor("10.0.0.9", "warsaw.admin")).contains(Duration.ofSeconds(1));

        now = now.plusSeconds(1);
        throttle.failed("10.0.0.9", "warsaw.admin");
        assertThat(throttle.waitFor("10.0.0.9", "warsaw.admin")).contains(Duration.ofSeconds(2));
        now = now.plusSeconds(2);
        throttle.failed("10.0.0.9", "warsaw.admin");
        assertThat(throttle.waitFor("10.0.0.9", "warsaw.admin")).contains(Duration.ofSeconds(4));
    }

    @Test
    void theOwnerFromAnotherAddressIsNeverSlowedBySomeoneElsesGuesses() {
        for (int i = 0; i < 30; i++) {
            now = throttle.waitFor("203.0.113.5", "warsaw.admin").map(now::plus).orElse(now); // the guesser waits out every delay
            throttle.failed("203.0.113.5", "warsaw.admin");
        }
        assertThat(throttle.waitFor("198.51.100.7", "warsaw.admin")).isEmpty();
        assertThat(throttle.isSlowed("warsaw.admin")).as("the guesser's own address still waits").isTrue();
    }

    @Test
    void theWaitStopsGrowingAtFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("10.0.0.9", "milan.admin");
            now = throttle.waitFor("10.0.0.9", "milan.admin").map(now::plus).orElse(now);
        }
        throttle.failed("10.0.0.9", "milan.admin");
        assertThat(throttle.waitFor("10.0.0.9", "milan.admin")).contains(Duration.ofMinutes(15));
    }

    @Test
    void guessingManyAccountsFromOneAddressIsSlowedAfterTwentyFailures() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("10.0.0.9", "user" + i);
        }
        assertThat(throttle.waitFor("10.0.0.9", "someone.new")).isEmpty();
        throttle.failed("10.0.0.9", "user20");
        assertThat(throttle.waitFor("10.0.0.9", "someone.new")).as("21st failure from the source").contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("10.0.0.10", "someone.new")).isEmpty();
    }

    @Test
    void theRightPasswordForgivesThatAddressItsGuessesAtThatAccount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.9", "lisbon.viewer");
        }
        throttle.succeeded("10.0.0.9", "lisbon.viewer");
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.9", "lisbon.viewer");
        }
        assertThat(throttle.waitFor("10.0.0.9", "lisbon.viewer")).as("five fresh free failures").isEmpty();
    }

    @Test
    void anHourWithoutFailuresStartsAfresh() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("10.0.0.9", "burgas.admin");
        }
        now = now.plus(Duration.ofMinutes(61));
        throttle.failed("10.0.0.9", "burgas.admin");
        assertThat(throttle.waitFor("10.0.0.9", "burgas.admin")).isEqualTo(Optional.empty());
    }

    @Test
    void anAdministratorCanLetTheAccountBeTriedAgainAtOnce() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("10.0.0.9", "burgas.operator");
        }
        throttle.forgive("burgas.operator");
        assertThat(throttle.isSlowed("burgas.operator")).isFalse();
        assertThat(throttle.waitFor("10.0.0.9", "burgas.operator")).isEmpty();
    }
}

package eu.sharingcities.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final SignInPolicy policy = new SignInPolicy(3, Duration.ofMinutes(15));

    @Test
    void theNthWrongPasswordLocksForTheLockoutPeriod() {
        UserAccount account = new UserAccount(new Username("milan.operator"), "Operator", "hash", false);

        assertThat(account.recordFailedSignIn(now, policy)).isFalse();
        assertThat(account.recordFailedSignIn(now, policy)).isFalse();
        assertThat(account.recordFailedSignIn(now, policy)).isTrue();

        assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        UserAccount account = new UserAccount(new Username("milan.operator"), "Operator", "hash", false);
        account.recordFailedSignIn(now, policy);
        account.recordFailedSignIn(now, policy);
        account.recordSignIn(now);

        assertThat(account.recordFailedSignIn(now, policy)).isFalse();
        assertThat(account.lastSignIn()).isEqualTo(now);
    }

    @Test
    void usernamesAreCheckedWithAMessageThatSaysHowToFixThem() {
        assertThatThrownBy(() -> new Username("Milan Operator")).hasMessageContaining("lower-case").hasMessageContaining("milan.operator");
        assertThat(new Username("milan.operator").value()).isEqualTo("milan.operator");
    }

    @Test
    void adminPasswordsMustBeStrong() {
        assertThatThrownBy(() -> PasswordRules.requireStrong("demo", "admin")).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> PasswordRules.requireStrong("my-admin-is-long", "admin")).hasMessageContaining("username");
        assertThat(PasswordRules.requireStrong("correct horse battery", "admin")).isEqualTo("correct horse battery");
    }
}

package eu.sharingcities.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

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

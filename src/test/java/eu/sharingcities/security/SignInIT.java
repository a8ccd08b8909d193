package eu.sharingcities.security;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in against the users in PostgreSQL: success, failure, lock-out, and what the audit log keeps. */
class SignInIT extends DeployedPlatform {

    @Test
    void theRightPasswordSignsIn() {
        assertThat(new Api(base).get("/api/cities", "lisbon.viewer:demo").status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordOrUnknownUserIsRefused() {
        Api api = new Api(base);
        assertThat(api.get("/api/cities", "lisbon.operator:not-the-password").status()).isEqualTo(401);
        assertThat(api.get("/api/cities", "nobody.here:demo").status()).isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws SQLException {
        Api api = new Api(base);
        List<Integer> wrong = new ArrayList<>();
        for (int attempt = 0; attempt < SignInPolicy.DEFAULT.maxFailedAttempts(); attempt++) {
            wrong.add(api.get("/api/cities", "bordeaux.viewer:guess" + attempt).status());
        }

        assertThat(wrong).containsOnly(401);
        assertThat(api.get("/api/cities", "bordeaux.viewer:demo").status()).as("locked, so the right password is refused too").isEqualTo(401);
        assertThat(api.get("/api/cities", "bordeaux.operator:demo").status()).as("other accounts are not affected").isEqualTo(200);
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            var user = st.executeQuery("select locked_until > now() + interval '14 minutes' from user_account where username = 'bordeaux.viewer'");
            assertThat(user.next() && user.getBoolean(1)).as("locked for 15 minutes").isTrue();
            st.execute("select set_config('platform.cities', '*', false)");
            var audit = st.executeQuery("select count(*) from audit_entry where target = 'bordeaux.viewer' and action = 'account.locked'");
            assertThat(audit.next() && audit.getInt(1) == 1).as("the lock is audited once").isTrue();
        }
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesNeverInClear() throws SQLException {
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            var rows = st.executeQuery("select password_hash from user_account where username = 'milan.admin'");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("demo");
        }
    }
}

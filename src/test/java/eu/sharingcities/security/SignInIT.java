package eu.sharingcities.security;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in against the users in PostgreSQL: success and failure look alike for unknown users,
 * a guesser is slowed down by address without locking the owner out, parallel calls of one
 * account all succeed, and the audit log gets a row per guesser and minute, not per guess.
 * The test platform trusts 127.0.0.1 as its proxy, so X-Forwarded-For stands for the address.
 */
class SignInIT extends DeployedPlatform {

    @Test
    void theRightPasswordSignsIn() {
        assertThat(new Api(base).get("/api/cities", "lisbon.viewer:demo").status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        Api api = new Api(base);
        Api.Answer wrong = api.getFrom("192.0.2.1", "/api/cities", "lisbon.operator:not-the-password");
        Api.Answer unknown = api.getFrom("192.0.2.1", "/api/cities", "nobody.here:demo");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(unknown.challenge()).isEqualTo(wrong.challenge()).startsWith("Basic realm=");
    }

    @Test
    void aGuesserWaitsButTheOwnerSignsInFromElsewhere() throws SQLException {
        Api api = new Api(base);
        assertThat(api.getFrom("198.51.100.20", "/api/cities", "warsaw.admin:demo").status())
                .as("the owner signs in first, so the platform remembers the right password").isEqualTo(200);
        List<Integer> guesses = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            guesses.add(api.getFrom("203.0.113.66", "/api/cities", "warsaw.admin:guess" + attempt).status());
        }

        assertThat(guesses.subList(0, 6)).containsOnly(401);
        Api.Answer slowed = api.getFrom("203.0.113.66", "/api/cities", "warsaw.admin:demo");
        assertThat(slowed.status()).as("the guesser's address waits, even with the right password the platform remembers").isEqualTo(429);
        assertThat(slowed.retryAfter()).isNotNull();
        assertThat(slowed.body()).contains("wait").contains(" s before the next attempt");
        assertThat(api.getFrom("198.51.100.20", "/api/cities", "warsaw.admin:demo").status())
                .as("the owner, from their own address, is not locked out").isEqualTo(200);

        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var audit = st.executeQuery("select count(*) from audit_entry where target = 'warsaw.admin' and action = 'sign-in.slowed'");
            assertThat(audit.next() && audit.getInt(1) == 1).as("the start of the wait is audited once").isTrue();
        }
    }

    @Test
    void manyGuessesFromOneAddressWriteAFewAuditRowsNotOnePerGuess() throws SQLException {
        Api api = new Api(base);
        for (int attempt = 0; attempt < 30; attempt++) {
            assertThat(api.getFrom("203.0.113.99", "/api/cities", "guess" + attempt + ".user:x").status()).isIn(401, 429);
        }
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var rows = st.executeQuery("select count(*) from audit_entry where after_state like '%203.0.113.99%'");
            rows.next();
            assertThat(rows.getInt(1)).as("first failure per minute (≤ 2 minutes) and the start of the wait").isBetween(1, 3);
        }
    }

    @Test
    void tenParallelClientsOfOneAccountAllSucceed() throws Exception {
        Api api = new Api(base);
        ExecutorService clients = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                answers.add(clients.submit(() -> api.get("/api/cities/milan/districts", "milan.viewer").status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(200);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void anAccountWhosePasswordSomeoneElseChoseMustChangeItBeforeAnythingElse() throws SQLException {
        TestDatabase.account("lisbon.newcomer", "", "lisbon:VIEWER");
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("update user_account set must_change_password = true where username = 'lisbon.newcomer'");
        }
        Api api = new Api(base);
        Api.Answer blocked = api.get("/api/cities", "lisbon.newcomer");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().asJsonObject().getString("error")).contains("change it first with POST /api/me/password");
        assertThat(api.get("/api/me", "lisbon.newcomer").json().asJsonObject().getBoolean("mustChangePassword")).isTrue();

        String change = "/api/me/password";
        Api.Answer weak = api.post(change, "lisbon.newcomer", "application/json", "{\"current\": \"demo\", \"newPassword\": \"short\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().asJsonObject().getString("error")).contains("at least 12 characters");
        Api.Answer wrong = api.post(change, "lisbon.newcomer", "application/json",
                "{\"current\": \"not-it\", \"newPassword\": \"Tagus river at dusk 2026\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().asJsonObject().getString("error")).contains("not your current password");

        assertThat(api.post(change, "lisbon.newcomer", "application/json",
                "{\"current\": \"demo\", \"newPassword\": \"Tagus river at dusk 2026\"}").status()).isEqualTo(200);
        assertThat(api.get("/api/cities", "lisbon.newcomer:Tagus river at dusk 2026").status()).isEqualTo(200);
        assertThat(api.get("/api/cities", "lisbon.newcomer:demo").status()).as("the old password, remembered or not, is gone").isEqualTo(401);
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var audit = st.executeQuery("select count(*) from audit_entry where target = 'user/lisbon.newcomer' and action = 'password.changed'");
            assertThat(audit.next() && audit.getInt(1) == 1).as("audited, without the passwords").isTrue();
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

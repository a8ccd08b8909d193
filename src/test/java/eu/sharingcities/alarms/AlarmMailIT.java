package eu.sharingcities.alarms;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestMail;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * City administrators change rules and on-call addresses; a raised alarm is e-mailed (through the
 * in-process SMTP server) to the addresses of its city whose priority it reaches, and to no one else.
 */
class AlarmMailIT extends DeployedPlatform {

    @Test
    void aRaisedAlarmIsMailedToItsCitysOnCallStaffFromTheirPriority() throws Exception {
        Api api = new Api(base);
        assertThat(api.post("/api/cities/burgas/alarm-recipients", "burgas.admin", "application/json",
                "{\"email\": \"night-shift\", \"minPriority\": \"LOW\"}").json().asJsonObject().getString("error"))
                .isEqualTo("email: an e-mail address like on-call@city.example.org.");
        assertThat(api.post("/api/cities/burgas/alarm-recipients", "milan.admin", "application/json",
                "{\"email\": \"x@milan.example\", \"minPriority\": \"LOW\"}").status()).as("another city's list").isEqualTo(403);
        assertThat(api.post("/api/cities/burgas/alarm-recipients", "burgas.admin", "application/json",
                "{\"email\": \"night-shift@burgas.example\", \"minPriority\": \"LOW\"}").status()).isEqualTo(200);
        assertThat(api.get("/api/cities/burgas/alarm-recipients", "burgas.admin").body())
                .contains("on-call@burgas.sharingcities.example", "night-shift@burgas.example");

        long low = rule(api, "burgas low: b002 zone above -50", "LOW", -50);
        long high = rule(api, "burgas high: b002 zone above -60", "HIGH", -60);
        Eventually.await(Duration.ofSeconds(60), () -> mailed("[HIGH] burgas: burgas high: b002 zone above -60") != null);
        TestMail.Mail highMail = mailed("[HIGH] burgas: burgas high: b002 zone above -60");
        assertThat(highMail.to()).containsExactlyInAnyOrder("on-call@burgas.sharingcities.example", "night-shift@burgas.example");
        assertThat(highMail.body()).contains("above the limit -60.00").contains("/burgas/alarms");
        Eventually.await(Duration.ofSeconds(30), () -> mailed("[LOW] burgas: burgas low: b002 zone above -50") != null);
        assertThat(mailed("[LOW] burgas: burgas low: b002 zone above -50").to()).as("below HIGH: only who asked for LOW")
                .containsExactly("night-shift@burgas.example");
        assertThat(TestMail.received()).as("no other city's staff hear of it")
                .allSatisfy(m -> assertThat(m.subject().contains("burgas")).isEqualTo(m.to().stream().allMatch(to -> to.contains("burgas"))));

        Api.Answer changed = api.putJson("/api/alarm-rules/" + low, "burgas.admin", """
                {"name": "burgas low: b002 zone above -50", "priority": "LOW", "kind": "HIGH_LIMIT",
                 "point": "burgas.building.b002.zone-temperature", "limit": 100}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        Eventually.await(Duration.ofSeconds(30), () -> !state(api, "burgas low: b002 zone above -50").startsWith("ACTIVE"));
        assertThat(api.putJson("/api/alarm-rules/" + high, "lisbon.admin", "{}").status()).as("another city's rule is not there for Lisbon")
                .isEqualTo(404);
        String reason = "{\"reason\": \"b002's sensor is being replaced\"}";
        assertThat(api.post("/api/alarm-rules/" + high + "/disable", "burgas.operator", "application/json", reason).status()).isEqualTo(403);
        Api.Answer noReason = api.post("/api/alarm-rules/" + high + "/disable", "burgas.admin");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().asJsonObject().getString("error")).startsWith("reason: say why the rule is taken out of service");
        long openAlarm = alarmId(api, "burgas high: b002 zone above -60");
        assertThat(api.post("/api/alarm-rules/" + high + "/disable", "burgas.admin", "application/json", reason).status()).isEqualTo(204);
        // out of service is not "cleared" (ISA-18.2): the alarm ends as removed from service, with who and why
        assertThat(state(api, "burgas high: b002 zone above -60")).isEqualTo("none");
        JsonObject last = api.get("/api/alarms/" + openAlarm + "/history", "burgas.viewer").json().asJsonArray().getValuesAs(JsonObject.class).getLast();
        assertThat(last.getString("what")).isEqualTo("removed from service");
        assertThat(last.getString("by")).isEqualTo("burgas.admin");
        assertThat(last.getString("comment")).isEqualTo("b002's sensor is being replaced");
        JsonObject disabled = api.get("/api/cities/burgas/alarm-rules", "burgas.viewer").json().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("id").longValue() == high).findFirst().orElseThrow();
        assertThat(disabled.getBoolean("enabled")).isFalse();
        assertThat(disabled.getString("outOfServiceReason")).isEqualTo("b002's sensor is being replaced");
    }

    private static long rule(Api api, String name, String priority, double limit) {
        Api.Answer created = api.post("/api/cities/burgas/alarm-rules", "burgas.admin", "application/json", """
                {"name": "%s", "priority": "%s", "kind": "HIGH_LIMIT", "point": "burgas.building.b002.zone-temperature", "limit": %s}"""
                .formatted(name, priority, limit));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static TestMail.Mail mailed(String subject) {
        List<TestMail.Mail> all = TestMail.received();
        return all.stream().filter(m -> m.subject().equals(subject)).findFirst().orElse(null);
    }

    private static long alarmId(Api api, String rule) {
        return api.get("/api/cities/burgas/alarms", "burgas.viewer").json().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("rule").equals(rule)).map(a -> a.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    private static String state(Api api, String rule) {
        return api.get("/api/cities/burgas/alarms", "burgas.viewer").json().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("rule").equals(rule)).map(a -> a.getString("state")).findFirst().orElse("none");
    }
}

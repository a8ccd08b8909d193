package eu.sharingcities.alarms;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestMail;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the deployed platform and the simulated controllers: a rule raises an alarm from live values; it stays in its city. */
class AlarmsIT extends DeployedPlatform {

    @Test
    void aRuleOnALivePointRaisesAnAlarmThatAnOperatorAcknowledges() throws Exception {
        Api api = new Api(base);
        Api.Answer bad = api.post("/api/cities/london/alarm-rules", "london.admin", "application/json", """
                {"name": "no limit", "priority": "HIGH", "kind": "HIGH_LIMIT", "point": "london.building.b001.zone-temperature"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().asJsonObject().getString("error")).isEqualTo("limit: the limit, in the point's unit.");
        assertThat(api.post("/api/cities/london/alarm-rules", "london.operator", "application/json", "{}").status())
                .as("rules are for city administrators").isEqualTo(403);

        Api.Answer created = api.post("/api/cities/london/alarm-rules", "london.admin", "application/json", """
                {"name": "b001 zone above -100 °C", "priority": "HIGH", "kind": "HIGH_LIMIT",
                 "point": "london.building.b001.zone-temperature", "limit": -100, "deadband": 1}""");
        assertThat(created.status()).as(created.body()).isEqualTo(200);

        Eventually.await(Duration.ofSeconds(60), () -> ours(api) != null);
        JsonObject alarm = ours(api);
        long id = alarm.getJsonNumber("id").longValue();
        assertThat(alarm.getString("rule")).isEqualTo("b001 zone above -100 °C");
        assertThat(alarm.getString("state")).isEqualTo("ACTIVE_UNACKNOWLEDGED");
        assertThat(alarm.getString("message")).contains("above the limit -100.00");

        assertThat(api.get("/api/cities/london/alarms", "milan.operator").status()).isEqualTo(403);
        Api.Answer foreign = api.post("/api/alarms/" + id + "/acknowledge", "milan.operator", "application/json", "{\"comment\": \"mine now\"}");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().asJsonObject().getString("error")).isEqualTo("No alarm " + id + " in your cities.");
        assertThat(api.post("/api/alarms/" + id + "/acknowledge", "london.viewer", "application/json", "{}").status()).isEqualTo(403);

        JsonArray history = api.post("/api/alarms/" + id + "/acknowledge", "london.operator", "application/json",
                "{\"comment\": \"sensor under test\"}").json().asJsonArray();
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(1).getString("what")).isEqualTo("acknowledged");
        assertThat(history.getJsonObject(1).getString("by")).isEqualTo("london.operator");
        assertThat(history.getJsonObject(1).getString("comment")).isEqualTo("sensor under test");
        assertThat(ours(api).getString("state")).isEqualTo("ACTIVE_ACKNOWLEDGED");
        Api.Answer again = api.post("/api/alarms/" + id + "/acknowledge", "london.operator", "application/json", "{}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().asJsonObject().getString("error")).isEqualTo("Alarm " + id + " is already acknowledged.");
    }

    /**
     * ISA-18.2: an alarm that returns to normal unacknowledged and trips again is the same alarm;
     * shelving belongs to the alarm (its rule), so a shelved alarm that trips again stays shelved —
     * not waiting in the count, not e-mailed — until the shelving ends.
     */
    @Test
    void anAlarmThatTripsAgainIsTheSameAlarmAndAShelvedOneStaysShelved() throws Exception {
        Api api = new Api(base);
        String name = "b002 zone above -100 °C (lifecycle)";
        String rule = """
                {"name": "%s", "priority": "HIGH", "kind": "HIGH_LIMIT", "point": "london.building.b002.zone-temperature", "limit": %d}""";
        long ruleId = api.post("/api/cities/london/alarm-rules", "london.admin", "application/json", rule.formatted(name, -100))
                .json().asJsonObject().getJsonNumber("id").longValue();
        Eventually.await(Duration.ofSeconds(60), () -> alarm(api, name) != null);
        long id = alarm(api, name).getJsonNumber("id").longValue();

        assertThat(api.putJson("/api/alarm-rules/" + ruleId, "london.admin", rule.formatted(name, 100)).status()).isEqualTo(204);
        Eventually.await(Duration.ofSeconds(30), () -> "CLEARED_UNACKNOWLEDGED".equals(alarm(api, name).getString("state")));
        assertThat(api.putJson("/api/alarm-rules/" + ruleId, "london.admin", rule.formatted(name, -100)).status()).isEqualTo(204);
        Eventually.await(Duration.ofSeconds(30), () -> "ACTIVE_UNACKNOWLEDGED".equals(alarm(api, name).getString("state")));
        assertThat(alarm(api, name).getJsonNumber("id").longValue()).as("the same alarm").isEqualTo(id);
        assertThat(api.get("/api/alarms/" + id + "/history", "london.viewer").json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("what")).containsExactly("raised", "cleared", "active again");

        String until = java.time.Instant.now().plus(Duration.ofHours(2)).toString();
        Api.Answer shelved = api.post("/api/alarms/" + id + "/shelve", "london.operator", "application/json",
                "{\"until\": \"%s\", \"reason\": \"sensor recalibration this morning\"}".formatted(until));
        assertThat(shelved.status()).as(shelved.body()).isEqualTo(200);
        assertThat(api.post("/api/alarms/" + id + "/acknowledge", "london.operator", "application/json", "{}").status()).isEqualTo(200);
        // the first raise and the raise again were e-mailed to London's on-call staff
        Eventually.await(Duration.ofSeconds(30), () -> mails(name) >= 2);
        int mailsBefore = mails(name);
        assertThat(api.putJson("/api/alarm-rules/" + ruleId, "london.admin", rule.formatted(name, 100)).status()).isEqualTo(204);
        Eventually.await(Duration.ofSeconds(30), () -> alarm(api, name) == null); // acknowledged and normal: closed
        assertThat(api.putJson("/api/alarm-rules/" + ruleId, "london.admin", rule.formatted(name, -100)).status()).isEqualTo(204);
        Eventually.await(Duration.ofSeconds(30), () -> alarm(api, name) != null);

        JsonObject again = alarm(api, name);
        assertThat(again.getJsonNumber("id").longValue()).as("closed before: a new occurrence").isNotEqualTo(id);
        assertThat(again.containsKey("shelvedUntil")).as("the shelving is the rule's: it holds for the new occurrence").isTrue();
        JsonObject asRule = api.get("/api/cities/london/alarm-rules", "london.viewer").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == ruleId).findFirst().orElseThrow();
        assertThat(asRule.containsKey("shelvedUntil")).isTrue();
        Thread.sleep(3_000); // a monitor cycle or three: nothing may be mailed for the shelved alarm
        assertThat(mails(name)).as("a shelved alarm is not e-mailed").isEqualTo(mailsBefore);
        assertThat(api.post("/api/alarms/" + again.getJsonNumber("id").longValue() + "/unshelve", "london.viewer").status()).isEqualTo(403);
        assertThat(api.post("/api/alarms/" + again.getJsonNumber("id").longValue() + "/unshelve", "london.operator").status()).isEqualTo(200);
        assertThat(alarm(api, name).containsKey("shelvedUntil")).isFalse();
    }

    @Test
    void theAlarmPerformanceIsThereForTheCitysStaffOnly() {
        Api api = new Api(base);
        JsonObject week = api.get("/api/cities/london/alarms/performance", "london.viewer").json().asJsonObject();

        assertThat(week.getInt("operatorPositions")).isEqualTo(1);
        assertThat(week.getInt("alarms")).isGreaterThanOrEqualTo(0);
        assertThat(week.containsKey("percentPeriodsInFlood")).isTrue();
        assertThat(week.getJsonArray("missedTargets")).isNotNull();
        assertThat(api.get("/api/cities/london/alarms/performance?days=0", "london.viewer").status()).isEqualTo(400);
        assertThat(api.get("/api/cities/london/alarms/performance", "milan.viewer").status()).isEqualTo(403);
        assertThat(api.get("/api/cities/london/alarms/performance", "milan.esco").status()).isEqualTo(403);
    }

    private static JsonObject alarm(Api api, String rule) {
        return api.get("/api/cities/london/alarms", "london.viewer").json().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("rule").equals(rule)).findFirst().orElse(null);
    }

    private static int mails(String rule) {
        return (int) TestMail.received().stream().filter(m -> m.subject().endsWith(rule)).count();
    }

    @Test
    void theMonitorSaysOnMetricsThatItIsAlive() {
        Api api = new Api(base);
        java.util.regex.Matcher age = java.util.regex.Pattern.compile("(?m)^alarm_monitor_seconds_since_cycle(?:\\{[^}]*})? (\\d+)")
                .matcher(api.metrics());
        assertThat(age.find()).as("the gauge is published").isTrue();
        assertThat(Long.parseLong(age.group(1))).as("a cycle a second").isLessThanOrEqualTo(5);
    }

    /** This test's alarm among London's open ones (the demo's rules may have raised others). */
    private static JsonObject ours(Api api) {
        return api.get("/api/cities/london/alarms", "london.viewer").json().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("rule").equals("b001 zone above -100 °C")).findFirst().orElse(null);
    }
}

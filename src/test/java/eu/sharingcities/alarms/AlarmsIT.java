package eu.sharingcities.alarms;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
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

    @Test
    void theMonitorSaysOnMetricsThatItIsAlive() {
        Api api = new Api(base);
        java.util.regex.Matcher age = java.util.regex.Pattern.compile("(?m)^alarm_monitor_seconds_since_cycle\\{[^}]*} (\\d+)")
                .matcher(api.get("/metrics", null).body());
        assertThat(age.find()).as("the gauge is published").isTrue();
        assertThat(Long.parseLong(age.group(1))).as("a cycle a second").isLessThanOrEqualTo(5);
    }

    /** This test's alarm among London's open ones (the demo's rules may have raised others). */
    private static JsonObject ours(Api api) {
        return api.get("/api/cities/london/alarms", "london.viewer").json().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("rule").equals("b001 zone above -100 °C")).findFirst().orElse(null);
    }
}

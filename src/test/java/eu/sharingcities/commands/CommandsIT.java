package eu.sharingcities.commands;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands against the deployed platform and the simulated controllers: written, read back from
 * the controller and audited; refused by the limits; failed by controllers that clamp, refuse or
 * are not there, each failure raising an alarm; only operators of the city.
 */
class CommandsIT extends DeployedPlatform {

    private static final String SETPOINT = "london.building.b001.zone-setpoint";

    @Test
    void anOperatorsSetpointIsWrittenReadBackAndAudited() throws Exception {
        Api api = new Api(base);
        api.awaitConnected("london");
        Api.Answer sent = send(api, "london", "london.operator", SETPOINT, 21, "comfort complaint in flat 3");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        JsonObject command = sent.json().asJsonObject();
        assertThat(command.getString("status")).isEqualTo("CONFIRMED");
        assertThat(command.getJsonNumber("oldValue").doubleValue()).isEqualTo(20.0);
        assertThat(command.getJsonNumber("readBack").doubleValue()).as("what the controller holds now").isEqualTo(21.0);
        assertThat(command.getString("requestedBy")).isEqualTo("london.operator");

        try (var db = TestDatabase.connect(); var st = db.createStatement();
             ResultSet rs = st.executeQuery("""
                     select actor, action, before_state, after_state from audit_entry where city_code = 'london' and target in
                       ('point/%s', 'command/%d') order by id""".formatted(SETPOINT, command.getJsonNumber("id").longValue()))) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("london.operator");
            assertThat(rs.getString(2)).isEqualTo("command.sent");
            assertThat(rs.getString(3)).isEqualTo("20");
            assertThat(rs.getString(4)).isEqualTo("21 by london.operator: comfort complaint in flat 3");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("command.confirmed");
            assertThat(rs.getString(4)).isEqualTo("read back 21");
        }

        Api.Answer tooSoon = send(api, "london", "london.operator", SETPOINT, 22, "a bit more");
        assertThat(tooSoon.status()).isEqualTo(400);
        assertThat(tooSoon.json().asJsonObject().getString("status")).isEqualTo("REFUSED");
        assertThat(tooSoon.json().asJsonObject().getString("message")).startsWith(SETPOINT + " was written 0 s ago; it takes one command per 5 s");

        String other = "london.building.b002.zone-setpoint";
        assertThat(send(api, "london", "london.operator", other, 30, "hot").json().asJsonObject().getString("message"))
                .isEqualTo("30 °C is outside the limits of " + other + ", 16 to 24 °C: choose a value within them");
        assertThat(send(api, "london", "london.operator", other, 23, "warmer").json().asJsonObject().getString("message"))
                .isEqualTo("23 °C is 3 from the controller's 20 °C; " + other + " allows at most 2 °C at a time: go in smaller steps");
        assertThat(send(api, "london", "london.operator", "london.building.b002.zone-temperature", 20, "x").json().asJsonObject()
                .getString("error")).startsWith("point: 'london.building.b002.zone-temperature' is not a point of london that commands may write");
        assertThat(send(api, "london", "london.operator", other, 21, " ").json().asJsonObject().getString("error"))
                .isEqualTo("reason: say why, for the audit log and the operators after you.");
    }

    @Test
    void aValueThatIsNotAFiniteNumberIsRefusedWithWhatWasWrong() {
        Api api = new Api(base);
        for (String value : List.of("\"NaN\"", "\"Infinity\"", "1e400", "\"warm\"")) {
            Api.Answer answer = api.post("/api/cities/london/commands", "london.operator", "application/json", """
                    {"point": "%s", "value": %s, "reason": "bad input"}""".formatted(SETPOINT, value));
            assertThat(answer.status()).as(value).isEqualTo(400);
            assertThat(answer.json().asJsonObject().getString("error")).as(value).containsAnyOf(
                    "value: a finite number in the point's unit; NaN and Infinity are refused", "The request body could not be read");
        }
        assertThat(api.get("/api/cities/london/commands", "london.viewer").body()).as("nothing was stored").doesNotContain("bad input");
    }

    @Test
    void onlyOperatorsOfTheCityMayCommand() {
        Api api = new Api(base);
        assertThat(send(api, "london", "london.viewer", SETPOINT, 20, "try").status()).isEqualTo(403);
        assertThat(send(api, "london", "milan.operator", SETPOINT, 20, "try").status()).isEqualTo(403);
        Api.Answer crossed = send(api, "milan", "milan.operator", SETPOINT, 20, "try");
        assertThat(crossed.status()).isEqualTo(400);
        assertThat(crossed.json().asJsonObject().getString("error")).startsWith("point: '" + SETPOINT + "' is not a point of milan");
        assertThat(api.get("/api/cities/london/commands", "milan.operator").status()).isEqualTo(403);
        assertThat(api.get("/api/cities/london/commands/points", "london.viewer").json().asJsonArray().stream()
                .map(p -> p.asJsonObject().getString("code"))).contains(SETPOINT, "london.lighting.l0001.dim-level");
    }

    @Test
    void aControllerThatClampsOrRefusesFailsTheCommandAndRaisesAnAlarm() throws Exception {
        Api api = new Api(base);
        String clamped = "lisbon.building.b001.zone-setpoint";
        api.awaitConnected("lisbon");
        Api.Answer low = send(api, "lisbon", "lisbon.operator", clamped, 8, "frost protection test");
        assertThat(low.status()).as(low.body()).isEqualTo(502);
        JsonObject command = low.json().asJsonObject();
        assertThat(command.getString("status")).isEqualTo("FAILED");
        assertThat(command.getJsonNumber("readBack").doubleValue()).isEqualTo(12.0);
        assertThat(command.getString("message")).startsWith("the controller holds 12 instead of 8 after 5.0 s");
        JsonObject alarm = alarm(api, "Command failed: " + clamped);
        assertThat(alarm.getString("state")).as("an event waits to be acknowledged").isEqualTo("CLEARED_UNACKNOWLEDGED");
        assertThat(alarm.getString("priority")).isEqualTo("HIGH");
        assertThat(alarm.getString("message")).contains("command " + command.getJsonNumber("id").longValue()).contains("holds 12 instead of 8");

        Api.Answer refused = send(api, "lisbon", "lisbon.operator", "lisbon.building.b002.zone-temperature", 19, "a sensor is not a setpoint");
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.json().asJsonObject().getString("message")).startsWith("the controller refused the value: Bad_UserAccessDenied");
        assertThat(alarm(api, "Command failed: lisbon.building.b002.zone-temperature")).isNotNull();
    }

    @Test
    void aCommandToAnEndpointThatIsDownFailsAtOnce() {
        Api api = new Api(base);
        long started = System.nanoTime();
        Api.Answer down = send(api, "lisbon", "lisbon.operator", "lisbon.offline.valve", 40, "open the valve");
        assertThat(down.status()).isEqualTo(502);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no read-back wait, no retry").isLessThan(Duration.ofSeconds(4));
        JsonObject command = down.json().asJsonObject();
        assertThat(command.getString("status")).isEqualTo("FAILED");
        assertThat(command.getString("message")).startsWith("not sent: endpoint offline is ").endsWith("nothing was queued, send it again once the endpoint is connected");
        assertThat(api.get("/api/cities/lisbon/commands", "lisbon.viewer").json().asJsonArray().getJsonObject(0).getString("point"))
                .isEqualTo("lisbon.offline.valve");
    }

    private static Api.Answer send(Api api, String city, String user, String point, double value, String reason) {
        return api.post("/api/cities/" + city + "/commands", user, "application/json", """
                {"point": "%s", "value": %s, "reason": "%s"}""".formatted(point, value, reason));
    }

    private static JsonObject alarm(Api api, String rule) throws Exception {
        Eventually.await(Duration.ofSeconds(10), () -> find(api, rule) != null);
        return find(api, rule);
    }

    private static JsonObject find(Api api, String rule) {
        return api.get("/api/cities/lisbon/alarms", "lisbon.viewer").json().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("rule").equals(rule)).findFirst().orElse(null);
    }
}

package eu.sharingcities.sems;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEMS's demand response on Bordeaux's simulated controllers: strategies start by recommending; an
 * event, once operators let the strategy act, lowers the setpoints within the comfort bands and the
 * district's heat load in its window, and the setpoints return afterwards.
 * <p>
 * It runs beside the other classes (the only one that does): it mostly waits for its event's minute
 * to pass, and no other class changes Bordeaux's setpoints or strategies; SemsIT, which unbinds a
 * building for a moment, waits for it.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(DemandResponseIT.BORDEAUX_SEMS)
class DemandResponseIT extends DeployedPlatform {

    static final String BORDEAUX_SEMS = "bordeaux-sems";
    private static final String CITY = "bordeaux";

    @Test
    void aDemandResponseEventCutsTheDistrictLoadInItsWindowAndThenRestores() throws Exception {
        Api api = new Api(base);
        api.awaitConnected(CITY);
        assertThat(api.get("/api/cities/bordeaux/sems/strategies", "bordeaux.viewer").json().asJsonArray().stream()
                .map(s -> s.asJsonObject().getString("mode") + " by " + s.asJsonObject().getString("changedBy")))
                .as("every city gets its strategies from SEMS itself, recommending only")
                .containsExactly("RECOMMEND by platform", "RECOMMEND by platform", "RECOMMEND by platform");
        assertThat(api.putJson("/api/cities/bordeaux/sems/strategies/demand-response/mode", "bordeaux.viewer", "{\"mode\": \"ACT\"}").status())
                .isEqualTo(403);
        assertThat(api.putJson("/api/cities/bordeaux/sems/strategies/demand-response/mode", "lisbon.operator", "{\"mode\": \"ACT\"}").status())
                .isEqualTo(403);
        Api.Answer unsafe = api.putJson("/api/cities/bordeaux/sems/strategies/demand-response/config", "bordeaux.admin",
                "{\"events\": [], \"maxOffsetK\": 9, \"preheatMinutes\": 0, \"preheatOffsetK\": 0}");
        assertThat(unsafe.json().asJsonObject().getString("error")).startsWith("config: maxOffsetK must be above 0 and at most 4 K, not 9.");
        assertThat(api.putJson("/api/cities/bordeaux/sems/strategies/demand-response/config", "bordeaux.admin",
                "{\"events\": [], \"maxOffsetK\": 2, \"preheatMinutes\": 0, \"preheatOffsetK\": 0}").status()).isEqualTo(204);
        assertThat(api.putJson("/api/cities/bordeaux/sems/strategies/demand-response/mode", "bordeaux.operator", "{\"mode\": \"ACT\"}").status())
                .isEqualTo(204);

        double before = registered("Thermal_Power_Sensor");
        // the grid operator's call came 20 s ago (an event may start up to a minute back): its window is the next 40 s
        Instant start = Instant.now().minusSeconds(20);
        Api.Answer event = api.post("/api/cities/bordeaux/sems/events", "bordeaux.operator", "application/json", """
                {"start": "%s", "minutes": 1, "requestedKw": 500, "reference": "grid operator test"}""".formatted(start));
        assertThat(event.status()).as(event.body()).isEqualTo(204);

        Eventually.await(Duration.ofSeconds(40), () -> setpoint("b001") == 19.0 && setpoint("b002") == 19.0);
        assertThat(Instant.now()).as("still in the window").isBefore(start.plusSeconds(50));
        Eventually.await(Duration.ofSeconds(20), () -> registered("Thermal_Power_Sensor") < before * 0.9); // the heat load drops
        assertThat(Instant.now()).as("the drop came within the event's window").isBefore(start.plusSeconds(60));
        String commands = api.get("/api/cities/bordeaux/commands", "bordeaux.viewer").body();
        assertThat(commands).contains("\"requestedBy\":\"sems:demand-response\"").contains("\"status\":\"CONFIRMED\"");
        JsonObject curtailing = api.get("/api/cities/bordeaux/sems/cycles?limit=50", "bordeaux.viewer").json().asJsonArray().stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("decisions").contains("CURTAILING")).findFirst().orElseThrow();
        assertThat(curtailing.getString("decisions")).contains("\"mode\":\"ACT\"").contains("grid operator test")
                .as("the decision keeps its message, to be said in a page's language").contains("\"key\":\"sems.why.curtailing.");
        assertThat(curtailing.getString("inputs")).contains("\"code\":\"b001\"");

        Eventually.await(Duration.ofSeconds(90), () -> setpoint("b001") == 20.0 && setpoint("b002") == 20.0);
        assertThat(Instant.now()).isAfter(start.plusSeconds(60));
        assertThat(api.putJson("/api/cities/bordeaux/sems/strategies/demand-response/mode", "bordeaux.operator", "{\"mode\": \"RECOMMEND\"}").status())
                .isEqualTo(204);
    }

    /** A registered building's setpoint, found as SEMS finds it: on the building's asset, by role. */
    private static double setpoint(String building) throws Exception {
        try (var db = TestDatabase.connect(); var st = db.prepareStatement("""
                select l.value from point_latest l join point p on p.id = l.point_id
                join building b on b.city_code = p.city_code and b.asset = p.asset
                where b.city_code = 'bordeaux' and b.code = ? and p.role = 'Zone_Air_Temperature_Setpoint'""")) {
            st.setString(1, building);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getDouble(1) : Double.NaN;
            }
        }
    }

    /** The sum of the newest values of a role over Bordeaux's registered buildings. */
    private static double registered(String role) throws Exception {
        try (var db = TestDatabase.connect(); var st = db.prepareStatement("""
                select sum(l.value) from point_latest l join point p on p.id = l.point_id
                join building b on b.city_code = p.city_code and b.asset = p.asset
                where b.city_code = 'bordeaux' and p.role = ?""")) {
            st.setString(1, role);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }
}

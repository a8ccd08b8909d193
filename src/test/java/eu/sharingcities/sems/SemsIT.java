package eu.sharingcities.sems;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEMS on Bordeaux's simulated controllers (its demand response: {@link DemandResponseIT}): savings,
 * event reports, the district's load; each cycle is logged. Building b002's controller names its
 * points as a foreign BMS would ({@code Building_2.BMS.RoomTemp}, simulator/BuildingNaming): SEMS
 * finds them by the building's asset and the points' roles alone.
 */
@ResourceLock(DemandResponseIT.BORDEAUX_SEMS) // b002's asset is taken away for a moment
class SemsIT extends DeployedPlatform {

    private static final String CITY = "bordeaux";

    /**
     * The test city's two buildings are both retrofitted within SEMS's baseline year (the demo's
     * b001 and b002), so SEMS's measurement boundary is empty: the saving is not a number but the
     * reason, and each building left out says why (the full demo's eight buildings give a measured
     * saving: DemoSemsResultsTest).
     */
    @Test
    void savingsAreMeasuredOnTheBuildingsSemsActsOnLeavingOutRetrofittedOnes() {
        JsonObject savings = new Api(base).get("/api/cities/bordeaux/sems/savings", "bordeaux.viewer").json().asJsonObject();
        assertThat(savings.getJsonNumber("goalPercent").doubleValue()).isEqualTo(10.0);
        assertThat(java.time.LocalDate.parse(savings.getString("goLive"))).as("the demo's SEMS went live 150 days before its first day")
                .isBefore(java.time.LocalDate.now().minusDays(100));
        assertThat(savings.getString("reportingPeriod")).contains("days").contains("not yet the full year");
        assertThat(savings.getJsonArray("buildings")).isEmpty();
        assertThat(savings.getJsonObject("excluded").getString("b001")).contains("non-routine event");
        assertThat(savings.getJsonObject("excluded").getString("b002")).contains("non-routine event");
        assertThat(savings.containsKey("savingsPercent")).isFalse();
        assertThat(savings.getJsonArray("reasons").getString(0)).startsWith("No building is in SEMS’s measurement boundary");
        assertThat(new Api(base).get("/api/cities/bordeaux/sems/savings", "milan.viewer").status()).isEqualTo(403);
        assertThat(new Api(base).get("/api/cities/bordeaux/sems/savings", "milan.esco").status()).isEqualTo(403);
    }

    @Test
    void eventReportsSayWhatEachEventDeliveredOrWhyNot() {
        Api api = new Api(base);
        jakarta.json.JsonArray reports = api.get("/api/cities/bordeaux/sems/events", "bordeaux.viewer").json().asJsonArray();
        // the test city's 15-minute load is only minutes old: no event can have its ten days of baseline yet, and each says so
        assertThat(reports.getValuesAs(JsonObject.class)).allSatisfy(r -> assertThat(r.containsKey("deliveredKw") || !r.getString("note").isBlank()).isTrue());
        assertThat(api.get("/api/cities/bordeaux/sems/events", "milan.viewer").status()).isEqualTo(403);
    }

    @Test
    void aBuildingIsBoundToItsControllerByItsAssetWhateverThePointsAreCalled() throws Exception {
        Api api = new Api(base);
        api.awaitConnected(CITY);
        Eventually.await(Duration.ofSeconds(30), () -> newestInputs(api).contains("\"setpointPoint\":\"bordeaux.building_2.bms.roomtempsetpoint\""));
        assertThat(newestInputs(api)).contains("\"code\":\"b002\"");

        assertThat(api.putJson("/api/cities/bordeaux/buildings/b002/asset", "bordeaux.operator", "{\"asset\": null}").status()).isEqualTo(403);
        assertThat(api.putJson("/api/cities/bordeaux/buildings/b002/asset", "milan.admin", "{\"asset\": null}").status()).isEqualTo(403);
        Api.Answer unknown = api.putJson("/api/cities/bordeaux/buildings/b002/asset", "bordeaux.admin", "{\"asset\": \"Building_9\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().asJsonObject().getString("error")).startsWith("asset: 'Building_9' is the asset of none of bordeaux's points");
        Api.Answer taken = api.putJson("/api/cities/bordeaux/buildings/b001/asset", "bordeaux.admin", "{\"asset\": \"Building_2\"}");
        assertThat(taken.json().asJsonObject().getString("error")).contains("already the asset of building b002");

        try {
            assertThat(api.putJson("/api/cities/bordeaux/buildings/b002/asset", "bordeaux.admin", "{\"asset\": null}").status()).isEqualTo(200);
            Eventually.await(Duration.ofSeconds(30), () -> !newestInputs(api).contains("\"code\":\"b002\""));
        } finally {
            assertThat(api.putJson("/api/cities/bordeaux/buildings/b002/asset", "bordeaux.admin", "{\"asset\": \"Building_2\"}").status())
                    .isEqualTo(200);
        }
        Eventually.await(Duration.ofSeconds(30), () -> newestInputs(api).contains("\"setpointPoint\":\"bordeaux.building_2.bms.roomtempsetpoint\""));
    }

    /** What the newest control cycle saw. */
    private static String newestInputs(Api api) {
        return api.get("/api/cities/bordeaux/sems/cycles?limit=1", "bordeaux.viewer").json().asJsonArray().getJsonObject(0).getString("inputs");
    }

    /**
     * The district's load over long ranges comes from its own rollup, and at every committed moment
     * it is the sum of the hourly means of the heat power points of the buildings bound to the city's
     * controllers, summed here without the platform's group code.
     */
    @Test
    void theDistrictLoadIsTheSumOfItsBuildingsHeatPowerFromItsOwnRollup() throws Exception {
        Api api = new Api(base);
        api.awaitConnected(CITY);
        String load = "/api/cities/bordeaux/sems/load?from=" + Instant.now().minus(Duration.ofDays(2)) + "&to=" + Instant.now().plusSeconds(3600);
        Eventually.await(Duration.ofSeconds(30), () -> !api.get(load, "bordeaux.viewer").json().asJsonArray().isEmpty());
        assertThat(api.get(load, "bordeaux.viewer").json().asJsonArray().getJsonObject(0).getJsonNumber("value").doubleValue()).isPositive();

        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var rs = st.executeQuery("""
                    select g.bucket, g.value, (select sum(r.total / r.samples) from reading_rollup r join point p on p.id = r.point_id
                                               join building b on b.city_code = p.city_code and b.asset = p.asset
                                               where b.city_code = 'bordeaux' and p.role = 'Thermal_Power_Sensor' and p.active
                                                 and r.resolution = 'hour' and r.bucket = g.bucket and r.samples > 0)
                    from group_rollup g join point_group pg on pg.id = g.group_id
                    where pg.city_code = 'bordeaux' and pg.name = 'sems-district-heat-power' and g.resolution = 'hour'""");
            int buckets = 0;
            while (rs.next()) {
                buckets++;
                assertThat(rs.getDouble(2)).as("hour " + rs.getTimestamp(1)).isCloseTo(rs.getDouble(3), org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThat(buckets).isPositive();
        }
        assertThat(api.get(load, "milan.viewer").status()).as("another city's account").isEqualTo(403);
        assertThat(api.get(load.replace("resolution=", "x=") + "&resolution=minute", "bordeaux.viewer").status()).isEqualTo(400);
    }
}

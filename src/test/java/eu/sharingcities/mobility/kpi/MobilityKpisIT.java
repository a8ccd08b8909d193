package eu.sharingcities.mobility.kpi;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stations' history kept as readings through the ingestion core, an operator's trip export
 * uploaded, and the KPIs that count it, checked against a hand count; each city sees only its own.
 */
class MobilityKpisIT extends DeployedPlatform {

    @Test
    void theStationsHistoryIsKeptAsPointsWithTheirMeaningThatAConfigurationReloadLeavesAlone() throws Exception {
        Api api = new Api(base);
        Eventually.await(Duration.ofSeconds(60), () -> bikePoints(api).size() == 24 && bikePoints(api).stream().allMatch(p -> p.containsKey("lastValue")));
        List<JsonObject> bikes = bikePoints(api);
        assertThat(bikes).allSatisfy(p -> {
            assertThat(p.getString("asset")).startsWith("bike-station:demo-bikes/");
            assertThat(p.getString("unit")).isEqualTo("bikes");
            assertThat(p.getJsonNumber("lastValue").doubleValue()).isBetween(0.0, 40.0);
        });
        assertThat(points(api, "london", "gbfs.demo-bikes.")).extracting(p -> p.getString("role"))
                .contains("Available_Dock_Count_Sensor", "Battery_State_Of_Charge_Sensor");

        assertThat(api.post("/api/cities/london/ingestion/reload", "london.admin").status()).isEqualTo(200);
        assertThat(bikePoints(api)).as("the feed's points are not the configuration file's").hasSize(24)
                .allSatisfy(p -> assertThat(p.getBoolean("active")).isTrue());
        assertThat(api.get("/api/cities/london/points?search=gbfs", "milan.admin").status()).isEqualTo(403);
    }

    @Test
    void anOperatorsTripsCountInTheKpisAsAHandCountSays() throws Exception {
        Api api = new Api(base);
        Eventually.await(Duration.ofSeconds(60), () -> api.get("/api/cities/milan/mobility/stations", "milan.viewer").json().asJsonArray().size() == 24);
        ZoneId rome = ZoneId.of("Europe/Rome");
        Instant at = Instant.now().minus(Duration.ofMinutes(10));
        LocalDate day = at.atZone(rome).toLocalDate();
        List<String> hubs = api.get("/api/cities/milan/mobility/hubs?date=" + day, "milan.viewer").json().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(h -> h.getString("station")).toList();
        List<String> others = api.get("/api/cities/milan/mobility/stations", "milan.viewer").json().asJsonArray().getValuesAs(JsonObject.class)
                .stream().map(s -> s.getString("id")).filter(id -> !hubs.contains(id)).toList();
        assertThat(hubs).isNotEmpty();
        assertThat(others).hasSizeGreaterThanOrEqualTo(2);
        String local = at.atZone(rome).toLocalDateTime().withNano(0).toString().replace('T', ' ');
        String csv = "ride_id,rideable_type,started_at,ended_at,start_station_id,end_station_id,member_casual,distance_m\n"
                + "kpi-1,electric_bike," + local + "," + local + "," + hubs.get(0) + "," + others.get(0) + ",member,1000\n"
                + "kpi-2,electric_bike," + local + "," + local + "," + others.get(0) + "," + others.get(1) + ",casual,2000\n"
                + "kpi-3,electric_bike," + local + "," + local + "," + others.get(1) + "," + hubs.get(0) + ",member,\n";
        String path = "/api/cities/milan/mobility/operators/demo-bikes/trips";
        assertThat(put(api, path, "milan.operator", csv).status()).isEqualTo(403);
        assertThat(put(api, path, "london.admin", csv).status()).isEqualTo(403);
        Api.Answer refused = put(api, path, "milan.admin", csv.replace("kpi-1,electric_bike," + local + "," + local, "kpi-1,electric_bike," + local + ",yesterday"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("row 2: ended_at 'yesterday' is not a time; write 2026-06-01T07:10:00+01:00 or 2026-06-01 07:10:00");
        assertThat(put(api, path.replace("demo-bikes", "nobody"), "milan.admin", csv).status()).isEqualTo(404);

        Api.Answer uploaded = put(api, path, "milan.admin", csv);
        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.json().asJsonObject().getInt("added")).isEqualTo(3);
        assertThat(put(api, path, "milan.admin", csv).json().asJsonObject().getInt("alreadyKnown")).as("the same export again").isEqualTo(3);

        double grid = api.get("/api/cities/milan/energy-factors", "milan.viewer").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("carrier").equals("ELECTRICITY") && f.getInt("year") <= day.getYear())
                .max(Comparator.comparingInt(f -> f.getInt("year"))).orElseThrow().getJsonNumber("kgCo2PerKwh").doubleValue();
        JsonObject kpis = api.get("/api/cities/milan/mobility/kpis?from=" + day + "&to=" + day, "milan.viewer").json().asJsonObject();
        JsonObject city = kpis.getJsonArray("days").getValuesAs(JsonObject.class).stream().filter(d -> !d.containsKey("district")).findFirst()
                .orElseThrow();
        assertThat(city.getBoolean("operatorTrips")).isTrue();
        assertThat(city.getInt("trips")).isEqualTo(3);
        // hub → other and other → hub touch a hub, other → other does not
        assertThat(city.getJsonNumber("integrationShare").doubleValue()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        // 1 km + 2 km + the 2 km a trip without its distance counts; 10 % of it by car at 0.170 kg/km, less 0.010 kWh/km of charging
        assertThat(city.getJsonNumber("bikeKm").doubleValue()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(city.getJsonNumber("carKmAvoided").doubleValue()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(city.getJsonNumber("kgCo2Avoided").doubleValue()).isCloseTo(0.5 * 0.170 - 5.0 * 0.010 * grid,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(city.getJsonNumber("emptyStationMinutes").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(kpis.getJsonObject("factors").getJsonNumber("gridKgCo2PerKwh").doubleValue()).isEqualTo(grid);

        Api.Answer exported = api.get("/api/cities/milan/mobility/kpis.csv?from=" + day + "&to=" + day, "milan.viewer", "text/csv");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.body()).startsWith("day,district,trips_source,trips,").contains(day + ",(city),operator,3,");
        assertThat(api.get("/api/cities/milan/mobility/kpis?from=2026-01-01&to=2026-12-31", "milan.viewer").status()).isEqualTo(400);
        assertThat(api.get("/api/cities/milan/mobility/kpis", "london.admin").status()).isEqualTo(403);
        assertThat(api.get("/api/cities/milan/mobility/kpis.csv", "milan.esco").status()).as("a partner").isEqualTo(403);
    }

    @Test
    void londonsKpisAreDerivedFromItsStations() throws Exception {
        Api api = new Api(base);
        Eventually.await(Duration.ofSeconds(60), () -> bikePoints(api).size() == 24);
        List<JsonObject> days = api.get("/api/cities/london/mobility/kpis", "london.viewer").json().asJsonObject().getJsonArray("days")
                .getValuesAs(JsonObject.class);
        assertThat(days).extracting(d -> d.getBoolean("operatorTrips")).containsOnly(false);
        assertThat(days).anySatisfy(d -> assertThat(d.getString("district", null)).isEqualTo("Royal Borough of Greenwich"));
    }

    private static Api.Answer put(Api api, String path, String user, String csv) throws Exception {
        return api.putBytes(path, user, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonObject> bikePoints(Api api) {
        return points(api, "london", "gbfs.demo-bikes.").stream().filter(p -> p.getString("role").equals("Available_Vehicle_Count_Sensor")).toList();
    }

    private static List<JsonObject> points(Api api, String city, String search) {
        return api.get("/api/cities/" + city + "/points?limit=500&search=" + search, city + ".viewer").json().asJsonArray()
                .getValuesAs(JsonObject.class);
    }
}

package eu.sharingcities.city;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestControllers;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the deployed platform and its PostgreSQL: a user of one city can neither see nor change
 * another city's data over REST, and what they may change is audited. (The portal side is in
 * PortalIT; sign-in and lock-out in SignInIT.)
 */
class CityIsolationIT extends DeployedPlatform {

    @Test
    void readinessSaysTheDatabaseIsMigrated() {
        Api.Answer ready = new Api(base).get("/health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        JsonObject check = ready.json().asJsonObject().getJsonArray("checks").getJsonObject(0);
        assertThat(check.getString("name")).isEqualTo("platform-database");
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data") == null || check.getJsonObject("data").isEmpty())
                .as("UP or DOWN, nothing an attacker could use: " + check).isTrue();
    }

    @Test
    void metricsNameEveryCitysEndpointsSoTheyNeedTheTokenOrAConsortiumAdmin() {
        Api api = new Api(base);
        assertThat(api.get("/metrics", null).status()).as("Payara's public /metrics is off").isEqualTo(403);
        assertThat(api.get("/metrics", null).body()).doesNotContain("ingest_");
        assertThat(api.get("/api/metrics", null).status()).isEqualTo(401);
        assertThat(api.get("/api/metrics", "milan.admin").status()).as("a city admin sees other cities' endpoints there").isEqualTo(403);
        assertThat(api.get("/api/metrics", "consortium.admin").body()).contains("ingest_endpoint_connected{city=\"milan\"");
        assertThat(api.metrics()).contains("alarm_monitor_seconds_since_cycle", "jvm_memory_used_bytes");
    }

    @Test
    void aCitizenOrScadaAccountOfACityReadsNoneOfItsDataById() throws Exception {
        TestDatabase.account("milan.citizen1", "", "milan:CITIZEN");
        TestDatabase.account("milan.scada1", "", "milan:SCADA");
        Api api = new Api(base);
        int point = api.get("/api/cities/milan/points?limit=1", "milan.viewer").json().asJsonArray().getJsonObject(0).getInt("id");
        assertThat(api.get("/api/points/" + point, "milan.viewer").status()).isEqualTo(200);
        for (String weaker : List.of("milan.citizen1", "milan.scada1")) {
            assertThat(api.get("/api/points/" + point, weaker).status()).as(weaker).isEqualTo(404);
            assertThat(api.get("/api/points/" + point + "/series", weaker).status()).as(weaker).isEqualTo(404);
            assertThat(api.get("/api/cities/milan/points", weaker).status()).as(weaker).isEqualTo(403);
        }
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        Api.Answer answer = new Api(base).get("/api/cities", null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.challenge()).startsWith("Basic");
        assertThat(answer.json().asJsonObject().getString("error")).contains("Sign in");
    }

    @Test
    void eachUserSeesOnlyTheirCities() {
        Api api = new Api(base);
        assertThat(codes(api.get("/api/cities", "milan.operator").json().asJsonArray())).containsExactly("milan");
        assertThat(codes(api.get("/api/cities", "consortium.admin").json().asJsonArray()))
                .containsExactlyInAnyOrder("london", "milan", "lisbon", "bordeaux", "burgas", "warsaw");
    }

    @Test
    void aUserOfOneCityCannotReadAnothersData() {
        Api api = new Api(base);
        long londonDistrict = firstDistrictId(api, "london");

        Api.Answer list = api.get("/api/cities/london/districts", "milan.operator");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().asJsonObject().getString("error")).contains("milan.operator is not viewer in london");

        // even asked by id, past the city check, row-level security hides the row
        assertThat(api.get("/api/districts/" + londonDistrict, "milan.operator").status()).isEqualTo(404);
        assertThat(api.get("/api/districts/" + londonDistrict, "london.viewer").status()).isEqualTo(200);
    }

    @Test
    void aUserOfOneCityCannotChangeAnothersData() {
        Api api = new Api(base);
        long londonDistrict = firstDistrictId(api, "london");
        String before = api.get("/api/districts/" + londonDistrict, "london.viewer").json().asJsonObject().getString("description");

        Api.Answer attempt = api.putJson("/api/districts/" + londonDistrict + "/description", "milan.operator", "{\"description\":\"taken over\"}");

        assertThat(attempt.status()).isEqualTo(404);
        assertThat(api.get("/api/districts/" + londonDistrict, "london.viewer").json().asJsonObject().getString("description")).isEqualTo(before);
    }

    @Test
    void anOperatorChangesTheirCityAndTheChangeIsAudited() throws SQLException {
        Api api = new Api(base);
        long milanDistrict = firstDistrictId(api, "milan");
        String text = "Porta Romana e Vettabbia, distretto faro " + System.nanoTime();

        Api.Answer answer = api.putJson("/api/districts/" + milanDistrict + "/description", "milan.operator", "{\"description\":\"" + text + "\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().asJsonObject().getString("description")).isEqualTo(text);
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var rows = st.executeQuery("select actor, city_code, after_state from audit_entry where action = 'district.described' order by id desc limit 1");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("actor")).isEqualTo("milan.operator");
            assertThat(rows.getString("city_code")).isEqualTo("milan");
            assertThat(rows.getString("after_state")).isEqualTo(text);
        }
    }

    @Test
    void viewersMayNotChangeAndBadInputIsExplained() {
        Api api = new Api(base);
        long milanDistrict = firstDistrictId(api, "milan");

        Api.Answer viewer = api.putJson("/api/districts/" + milanDistrict + "/description", "milan.viewer", "{\"description\":\"x\"}");
        assertThat(viewer.status()).isEqualTo(403);

        Api.Answer empty = api.putJson("/api/districts/" + milanDistrict + "/description", "milan.operator", "{\"description\":\"  \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().asJsonObject().getString("error")).isEqualTo("The description must not be empty.");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Api.Answer openapi = new Api(base).get("/openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/cities/{city}/districts", "Sharing Cities Platform API");
    }

    @Test
    void readingsFromTheControllersArriveAndStayInTheirCity() throws Exception {
        Api api = new Api(base);
        Eventually.await(Duration.ofSeconds(60), () -> "CONNECTED".equals(api.get("/api/cities/milan/ingestion", "milan.viewer").json().asJsonObject()
                .getJsonObject("city").getJsonArray("endpoints").getJsonObject(0).getString("state")));
        int milanPoint = api.get("/api/cities/milan/points?search=zone-temperature&limit=1", "milan.viewer").json().asJsonArray()
                .getJsonObject(0).getInt("id");
        Eventually.await(Duration.ofSeconds(60), () -> api.get("/api/points/" + milanPoint + "/series", "milan.viewer").json().asJsonArray().size() > 0);
        // the newest value appears once the rollups are folded (JSON leaves out a value that is still null)
        Eventually.await(Duration.ofSeconds(30), () -> api.get("/api/points/" + milanPoint, "milan.viewer").json().asJsonObject().containsKey("lastValue"));
        JsonObject value = api.get("/api/points/" + milanPoint, "milan.viewer").json().asJsonObject();
        assertThat(value.getJsonNumber("lastValue").doubleValue()).isBetween(5.0, 35.0);

        int londonPoint = api.get("/api/cities/london/points?limit=1", "consortium.admin").json().asJsonArray().getJsonObject(0).getInt("id");
        assertThat(api.get("/api/cities/london/points", "milan.viewer").status()).isEqualTo(403);
        assertThat(api.get("/api/points/" + londonPoint, "milan.viewer").status()).as("row-level security hides it").isEqualTo(404);
        assertThat(api.get("/api/points/" + londonPoint + "/series", "milan.viewer").status()).isEqualTo(404);
        assertThat(api.get("/api/cities/london/ingestion", "milan.viewer").status()).isEqualTo(403);
        assertThat(api.get("/api/points/" + londonPoint, "london.viewer").status()).isEqualTo(200);
    }

    @Test
    void aBrokenConfigurationStopsOnlyItsCityAndAReloadAfterTheFixStartsIt() throws Exception {
        Api api = new Api(base);
        JsonObject warsaw = api.get("/api/cities/warsaw/ingestion", "warsaw.viewer").json().asJsonObject().getJsonObject("city");
        assertThat(warsaw.getJsonArray("endpoints")).isEmpty();
        assertThat(warsaw.getJsonArray("problems").getString(0)).startsWith("warsaw.yaml:9:").contains("unknown key 'samplingIntervallMs'");
        Eventually.await(Duration.ofSeconds(60), () -> api.metrics()
                .contains("ingest_endpoint_connected{city=\"milan\",endpoint=\"simulator\"} 1"));

        TestControllers.repair("warsaw");
        assertThat(api.post("/api/cities/warsaw/ingestion/reload", "warsaw.operator").status()).as("only city admins reload").isEqualTo(403);
        assertThat(api.post("/api/cities/warsaw/ingestion/reload", "warsaw.admin").status()).isEqualTo(200);

        Eventually.await(Duration.ofSeconds(60), () -> "CONNECTED".equals(api.get("/api/cities/warsaw/ingestion", "warsaw.viewer").json()
                .asJsonObject().getJsonObject("city").getJsonArray("endpoints").getJsonObject(0).getString("state")));
    }

    private static long firstDistrictId(Api api, String city) {
        return api.get("/api/cities/" + city + "/districts", "consortium.admin").json().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static java.util.List<String> codes(JsonArray cities) {
        return cities.getValuesAs(JsonObject.class).stream().map(c -> c.getString("code")).toList();
    }
}

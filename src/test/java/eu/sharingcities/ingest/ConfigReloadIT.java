package eu.sharingcities.ingest;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestControllers;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reloading a city's configuration on the running platform: a file with a mistake is refused as a
 * whole and the running configuration goes on (before, one missing unit switched the whole city's
 * ingestion off); a good file replaces it endpoint by endpoint, leaving unchanged connections alone.
 */
class ConfigReloadIT extends DeployedPlatform {

    private static final String CITY = "burgas";
    private static final String NEW_ENDPOINT = """
              - id: boiler-room
                url: opc.tcp://127.0.0.1:1/boiler-room
                security: {policy: None, mode: None, insecure: true}
                auth: {type: anonymous}
                points:
                  - {node: "nsu=urn:vendor:boilers;s=Boiler1.FlowTemp", code: burgas.boiler-room.flow-temperature, %s}
            """;

    @AfterEach
    void repair() throws Exception {
        TestControllers.repair(CITY);
        new Api(base).post("/api/cities/burgas/ingestion/reload", "burgas.admin");
    }

    @Test
    void aFileWithAMistakeIsRefusedAndTheRunningConfigurationGoesOn() throws Exception {
        Api api = new Api(base);
        api.awaitConnected(CITY);
        JsonObject before = simulatorEndpoint(api);

        Files.writeString(file(), Files.readString(file()) + NEW_ENDPOINT.formatted("asset: Boiler_1, role: Supply_Water_Temperature_Sensor"));
        assertThat(api.post("/api/cities/burgas/ingestion/reload", "burgas.operator").status()).as("only city admins reload").isEqualTo(403);
        JsonObject refused = api.post("/api/cities/burgas/ingestion/reload", "burgas.admin").json().asJsonObject();

        assertThat(refused.getBoolean("keptRunning")).isTrue();
        assertThat(refused.getJsonArray("problems").getString(0)).startsWith("burgas.yaml:").contains("unit");
        assertThat(refused.getJsonArray("endpoints")).hasSize(2); // the running ones: the controllers and the street lights
        JsonObject kept = simulatorEndpoint(api);
        assertThat(kept.getString("state")).isEqualTo("CONNECTED");
        assertThat(kept.getString("since")).as("the same connection, never dropped").isEqualTo(before.getString("since"));
        long received = kept.getJsonNumber("valuesReceived").longValue();
        Eventually.await(Duration.ofSeconds(20), () -> simulatorEndpoint(api).getJsonNumber("valuesReceived").longValue() > received);
    }

    @Test
    void aGoodFileReplacesOnlyTheEndpointsThatChanged() throws Exception {
        Api api = new Api(base);
        api.awaitConnected(CITY);
        JsonObject before = simulatorEndpoint(api);

        Files.writeString(file(), Files.readString(file()) + NEW_ENDPOINT.formatted("asset: Boiler_1, role: Supply_Water_Temperature_Sensor, unit: \"°C\""));
        JsonObject loaded = api.post("/api/cities/burgas/ingestion/reload", "burgas.admin").json().asJsonObject();

        assertThat(loaded.getJsonArray("problems")).isEmpty();
        assertThat(loaded.getBoolean("keptRunning")).isFalse();
        assertThat(loaded.getJsonArray("endpoints").getValuesAs(JsonObject.class)).extracting(e -> e.getString("endpointId"))
                .containsExactly("simulator", "lighting", "boiler-room");
        assertThat(simulatorEndpoint(api).getString("since")).as("the unchanged endpoint kept its connection")
                .isEqualTo(before.getString("since"));
        assertThat(api.get("/api/cities/burgas/ingestion", "milan.admin").status()).as("another city's administrator").isEqualTo(403);
    }

    /**
     * A foreign controller's point that its file leaves bare gets its meaning in the portal (city
     * admins only, audited), keeps it on reload, and a point whose file says what it is is changed
     * in the file, not here.
     */
    @Test
    void aCityAdminSaysWhatABarePointIsAndAReloadKeepsIt() throws Exception {
        Api api = new Api(base);
        Files.writeString(file(), Files.readString(file()) + NEW_ENDPOINT.formatted("unit: \"°C\""));
        assertThat(api.post("/api/cities/burgas/ingestion/reload", "burgas.admin").json().asJsonObject().getJsonArray("problems")).isEmpty();
        String meaning = "/api/cities/burgas/points/burgas.boiler-room.flow-temperature/meaning";
        String body = "{\"asset\": \"Boiler_1\", \"role\": \"Supply_Water_Temperature_Sensor\"}";

        assertThat(api.putJson(meaning, "burgas.operator", body).status()).as("an operator").isEqualTo(403);
        assertThat(api.putJson(meaning, "milan.admin", body).status()).as("another city's administrator").isEqualTo(403);
        Api.Answer unknownRole = api.putJson(meaning, "burgas.admin", "{\"asset\": \"Boiler_1\", \"role\": \"FlowTemp\"}");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.json().asJsonObject().getString("error")).contains("'FlowTemp' is not a role").contains("Supply_Water_Temperature_Sensor");
        assertThat(api.putJson("/api/cities/burgas/points/burgas.nowhere/meaning", "burgas.admin", body).status()).isEqualTo(404);
        assertThat(api.putJson(meaning, "burgas.admin", body).status()).isEqualTo(200);

        assertThat(api.post("/api/cities/burgas/ingestion/reload", "burgas.admin").status()).isEqualTo(200);
        JsonObject point = boilerPoint(api);
        assertThat(point.getString("asset")).isEqualTo("Boiler_1");
        assertThat(point.getString("role")).as("kept over the reload").isEqualTo("Supply_Water_Temperature_Sensor");
        assertThat(point.getBoolean("meaningInFile")).isFalse();
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var audited = st.executeQuery("select actor, before_state, after_state from audit_entry where action = 'point.meaning' order by id desc limit 1");
            assertThat(audited.next()).isTrue();
            assertThat(audited.getString("actor")).isEqualTo("burgas.admin");
            assertThat(audited.getString("before_state")).isEqualTo("asset —, role —");
            assertThat(audited.getString("after_state")).isEqualTo("asset Boiler_1, role Supply_Water_Temperature_Sensor");
        }

        String simulated = api.get("/api/cities/burgas/points?limit=10", "burgas.viewer").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getBoolean("meaningInFile")).findFirst().orElseThrow().getString("code");
        Api.Answer inFile = api.putJson("/api/cities/burgas/points/" + simulated + "/meaning", "burgas.admin", body);
        assertThat(inFile.status()).isEqualTo(400);
        assertThat(inFile.json().asJsonObject().getString("error")).contains("opcua-config/burgas.yaml");

        try (Browser browser = new Browser(base, "en-GB")) { // the same on the Points page
            browser.signIn("burgas.admin", "demo");
            browser.waitForPath("/burgas");
            browser.open("/burgas/points");
            browser.type(By.cssSelector("#point-search input"), "boiler-room");
            browser.clickGridCell("burgas.boiler-room.flow-temperature");
            assertThat(browser.waitFor(By.cssSelector("#point-asset input")).getDomProperty("value")).isEqualTo("Boiler_1");
            browser.choose(By.cssSelector("#point-role input"), "Water_Flow_Sensor"); // Enter before the list shows it left the list open over the page
            browser.click(By.id("point-meaning-save"));
            Eventually.await(Duration.ofSeconds(10), () -> "Water_Flow_Sensor".equals(boilerPoint(api).getString("role")));
            browser.screenshot("burgas-admin-point-meaning");
        }
    }

    private static JsonObject boilerPoint(Api api) {
        return api.get("/api/cities/burgas/points?search=boiler-room", "burgas.viewer").json().asJsonArray().getJsonObject(0);
    }

    private static JsonObject simulatorEndpoint(Api api) {
        return api.get("/api/cities/burgas/ingestion", "burgas.viewer").json().asJsonObject().getJsonObject("city").getJsonArray("endpoints")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("endpointId").equals("simulator")).findFirst().orElseThrow();
    }

    private static Path file() {
        return Path.of(System.getProperty("test.opcua.config"), CITY + ".yaml");
    }
}

package eu.sharingcities.ingest;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestControllers;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
                  - {node: "nsu=urn:vendor:boilers;s=Boiler1.FlowTemp", code: burgas.boiler-room.flow-temperature, asset: Boiler_1, %s}
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

        Files.writeString(file(), Files.readString(file()) + NEW_ENDPOINT.formatted("role: Supply_Water_Temperature_Sensor"));
        assertThat(api.post("/api/cities/burgas/ingestion/reload", "burgas.operator").status()).as("only city admins reload").isEqualTo(403);
        JsonObject refused = api.post("/api/cities/burgas/ingestion/reload", "burgas.admin").json().asJsonObject();

        assertThat(refused.getBoolean("keptRunning")).isTrue();
        assertThat(refused.getJsonArray("problems").getString(0)).startsWith("burgas.yaml:").contains("unit");
        assertThat(refused.getJsonArray("endpoints")).hasSize(1);
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

        Files.writeString(file(), Files.readString(file()) + NEW_ENDPOINT.formatted("role: Supply_Water_Temperature_Sensor, unit: \"°C\""));
        JsonObject loaded = api.post("/api/cities/burgas/ingestion/reload", "burgas.admin").json().asJsonObject();

        assertThat(loaded.getJsonArray("problems")).isEmpty();
        assertThat(loaded.getBoolean("keptRunning")).isFalse();
        assertThat(loaded.getJsonArray("endpoints").getValuesAs(JsonObject.class)).extracting(e -> e.getString("endpointId"))
                .containsExactly("simulator", "boiler-room");
        assertThat(simulatorEndpoint(api).getString("since")).as("the unchanged endpoint kept its connection")
                .isEqualTo(before.getString("since"));
        assertThat(api.get("/api/cities/burgas/ingestion", "milan.admin").status()).as("another city's administrator").isEqualTo(403);
    }

    private static JsonObject simulatorEndpoint(Api api) {
        return api.get("/api/cities/burgas/ingestion", "burgas.viewer").json().asJsonObject().getJsonObject("city").getJsonArray("endpoints")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("endpointId").equals("simulator")).findFirst().orElseThrow();
    }

    private static Path file() {
        return Path.of(System.getProperty("test.opcua.config"), CITY + ".yaml");
    }
}

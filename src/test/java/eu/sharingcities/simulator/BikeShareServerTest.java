package eu.sharingcities.simulator;

import eu.sharingcities.testsupport.GbfsCheck;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.entur.gbfs.validation.model.FileValidationResult;
import org.entur.gbfs.validation.model.ValidationResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated operators publish what a real one must: every file of London's GBFS 3.0 and
 * Warsaw's 2.3 feed valid against the official schemas (entur's validator), the files consistent
 * with each other, unchanged files answered 304 to a conditional request, and a broken
 * station_status caught by the same validator.
 */
class BikeShareServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static BikeShareServer server;

    @BeforeAll
    static void start() throws Exception {
        server = BikeShareServer.start(List.of("london", "warsaw"), 40, 0, Duration.ofMillis(50), 10, 2026);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void londonsFeedIsValidGbfs30AndItsFilesAgree() throws Exception {
        Map<String, String> files = feed("london");
        ValidationResult result = GbfsCheck.validate(files);
        assertThat(result.summary().version()).isEqualTo("3.0");
        assertThat(result.files().keySet()).as("each file checked against its schema").containsAll(files.keySet());
        assertThat(errors(result)).isEmpty();
        assertThat(files).containsKeys("vehicle_status", "station_status", "station_information", "system_pricing_plans");

        Set<String> stations = ids(files.get("station_information"), "stations", "station_id");
        assertThat(stations).hasSize(40);
        assertThat(ids(files.get("station_status"), "stations", "station_id")).isEqualTo(stations);
        JsonObject anyStation = json(files.get("station_information")).getJsonObject("data").getJsonArray("stations").getJsonObject(0);
        assertThat(anyStation.getJsonArray("name").getJsonObject(0).getString("language")).isEqualTo("en");
        assertThat(anyStation.getJsonArray("name").getJsonObject(0).getString("text")).as("at the crossing of the district's first two streets").isEqualTo("Trafalgar Road / Woolwich Road");
    }

    @Test
    void warsawsFeedIsValidGbfs23() throws Exception {
        Map<String, String> files = feed("warsaw");
        ValidationResult result = GbfsCheck.validate(files);
        assertThat(result.summary().version()).isEqualTo("2.3");
        assertThat(errors(result)).isEmpty();
        assertThat(files).containsKey("free_bike_status").doesNotContainKey("vehicle_status");
        assertThat(json(files.get("gbfs")).getJsonObject("data").containsKey("pl")).as("2.3: feeds per language").isTrue();
    }

    @Test
    void anUnchangedFileIsAnswered304AndAFreshOneSaysHowLongItKeeps() throws Exception {
        HttpResponse<String> first = get(server.discoveryUrl("london"), null);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=10");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get(server.discoveryUrl("london"), etag).statusCode()).isEqualTo(304);
        assertThat(get(server.discoveryUrl("london").replace("gbfs.json", "station_status.json"), "\"stale\"").statusCode()).isEqualTo(200);
    }

    @Test
    void aBrokenStationStatusFailsTheSchema() throws Exception {
        server.breakStatus("london", true);
        try {
            Map<String, String> files = feed("london");
            FileValidationResult status = GbfsCheck.validate(files).files().get("station_status");
            assertThat(status.errorsCount()).isGreaterThan(0);
            assertThat(status.errors()).anySatisfy(e -> assertThat(e.violationPath()).contains("num_docks_available"));
        } finally {
            server.breakStatus("london", false);
        }
    }

    /** Every file the discovery file lists, by name. */
    private static Map<String, String> feed(String city) throws Exception {
        String discovery = get(server.discoveryUrl(city), null).body();
        JsonObject data = json(discovery).getJsonObject("data");
        JsonObject feeds = data.containsKey("feeds") ? data : data.getJsonObject(data.keySet().iterator().next());
        Map<String, String> files = new HashMap<>();
        for (JsonObject f : feeds.getJsonArray("feeds").getValuesAs(JsonObject.class)) {
            files.put(f.getString("name"), get(f.getString("url"), null).body());
        }
        return files;
    }

    private static List<String> errors(ValidationResult result) {
        return result.files().values().stream().flatMap(f -> f.errors().stream().map(e -> f.file() + ": " + e.violationPath() + " " + e.message()))
                .toList();
    }

    private static Set<String> ids(String file, String array, String field) {
        return json(file).getJsonObject("data").getJsonArray(array).getValuesAs(JsonObject.class).stream().map(o -> o.getString(field))
                .collect(Collectors.toSet());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static HttpResponse<String> get(String url, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

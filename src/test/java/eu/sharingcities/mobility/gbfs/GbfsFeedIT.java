package eu.sharingcities.mobility.gbfs;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.GbfsCheck;
import eu.sharingcities.testsupport.TestControllers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.entur.gbfs.validation.model.ValidationResult;
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
 * The cities' own GBFS 3.0 feeds, as a journey planner sees them without signing in: every file of
 * Milan's feed valid against the official schemas (entur's validator), its files consistent (every
 * status has its station, each station's counts add up, every vehicle's station exists), names in
 * Italian and English, vehicle ids that are not the operator's; the manifest lists the six cities;
 * CORS open, 304 for an unchanged file, a clear 404, and 429 past the limit.
 */
class GbfsFeedIT extends DeployedPlatform {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void milansFeedIsValidGbfs30AndConsistent() throws Exception {
        Api api = new Api(base);
        Eventually.await(Duration.ofSeconds(60), () -> api.get("/api/cities/milan/mobility/stations", "milan.viewer").json().asJsonArray().size() == 24
                && !api.get("/api/cities/milan/mobility/vehicles", "milan.viewer").json().asJsonArray().isEmpty());
        HttpResponse<String> manifest = get("/api/gbfs/manifest.json", null);
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(json(manifest.body()).getJsonObject("data").getJsonArray("datasets")).hasSize(6);

        JsonObject discovery = json(get("/api/gbfs/milan/gbfs.json", null).body());
        Map<String, String> files = new HashMap<>();
        files.put("gbfs", discovery.toString());
        for (JsonObject f : discovery.getJsonObject("data").getJsonArray("feeds").getValuesAs(JsonObject.class)) {
            HttpResponse<String> file = HTTP.send(HttpRequest.newBuilder(URI.create(f.getString("url"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(file.statusCode()).as(f.getString("url")).isEqualTo(200);
            files.put(f.getString("name"), file.body());
        }
        ValidationResult result = GbfsCheck.validate(files);
        assertThat(result.summary().version()).isEqualTo("3.0");
        assertThat(result.files().keySet()).containsAll(files.keySet());
        assertThat(result.files().values().stream().flatMap(f -> f.errors().stream().map(e -> f.file() + ": " + e.message())).toList()).isEmpty();

        List<JsonObject> stations = list(files.get("station_information"), "stations");
        Set<String> stationIds = stations.stream().map(s -> s.getString("station_id")).collect(Collectors.toSet());
        assertThat(stationIds).hasSize(24).allSatisfy(id -> assertThat(id).startsWith("demo-bikes:mil-"));
        assertThat(stations.getFirst().getJsonArray("name").getValuesAs(JsonObject.class)).extracting(n -> n.getString("language"))
                .containsExactly("it", "en");
        for (JsonObject status : list(files.get("station_status"), "stations")) {
            assertThat(stationIds).contains(status.getString("station_id"));
            int byType = status.getJsonArray("vehicle_types_available").getValuesAs(JsonObject.class).stream().mapToInt(t -> t.getInt("count")).sum();
            assertThat(byType).as("counts by type add up").isEqualTo(status.getInt("num_vehicles_available"));
        }
        List<JsonObject> vehicles = list(files.get("vehicle_status"), "vehicles");
        assertThat(vehicles).isNotEmpty().allSatisfy(v -> assertThat(stationIds).contains(v.getString("station_id")));
        Set<String> operatorIds = TestControllers.bikes().model("milan").bikes().stream().map(b -> b.id()).collect(Collectors.toSet());
        assertThat(vehicles).as("vehicle ids are the platform's, not the operator's").noneMatch(v -> operatorIds.contains(v.getString("vehicle_id")));
        assertThat(json(files.get("system_information")).getJsonObject("data").getString("timezone")).isEqualTo("Europe/Rome");
    }

    @Test
    void anUnchangedFileIsAnswered304AndAWrongOneSaysWhereTheFilesAre() throws Exception {
        HttpResponse<String> first = get("/api/gbfs/warsaw/station_information.json", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).startsWith("public, max-age=");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/gbfs/warsaw/station_information.json", etag).statusCode()).isEqualTo(304);
        HttpResponse<String> unknown = get("/api/gbfs/warsaw/free_bike_status.json", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No GBFS file 'free_bike_status.json' for 'warsaw'").contains("manifest.json");
        assertThat(get("/api/gbfs/paris/gbfs.json", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aClientPastItsRequestsOfTheMinuteIsToldToWait() {
        Api api = new Api(base);
        String source = "198.51.100.17"; // an address of its own (through the trusted proxy), so that no other test is limited
        int ok = 0;
        Api.Answer answer = null;
        for (int i = 0; i < 200; i++) {
            answer = api.getFrom(source, "/api/gbfs/manifest.json", null);
            if (answer.status() != 200) {
                break;
            }
            ok++;
        }
        assertThat(ok).as("the test platform allows 120 a minute").isBetween(120, 125);
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.retryAfter()).isNotNull();
        assertThat(answer.body()).contains("More than 120 requests a minute from your address");
        assertThat(api.getFrom("198.51.100.18", "/api/gbfs/manifest.json", null).status()).as("another client").isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonObject> list(String file, String array) {
        return json(file).getJsonObject("data").getJsonArray(array).getValuesAs(JsonObject.class);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}

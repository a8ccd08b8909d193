package eu.sharingcities.mobility.feeds;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.entur.gbfs.validation.GbfsValidator;
import org.entur.gbfs.validation.GbfsValidatorFactory;
import org.entur.gbfs.validation.model.FileValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads one operator's GBFS feed (2.x or 3.0) the way the specification asks a consumer to: the
 * discovery file {@code gbfs.json} names the files, each file is fetched again when its {@code ttl}
 * has run out (never more often than {@code minInterval}), with a conditional request (If-None-Match,
 * If-Modified-Since) so that an unchanged file costs a 304. Every file is checked against the
 * official schema of its version (entur's validator); a file that breaks it is refused with the
 * schema's words and the reader keeps its last good content, so a bad publication never wipes out
 * what was known. One poller per operator; its state may be read meanwhile.
 */
public final class GbfsFeedReader {

    /** The files the platform uses, of both versions (free_bike_status is 2.x's vehicle_status). */
    static final Set<String> WANTED = Set.of("system_information", "vehicle_types", "station_information", "station_status", "vehicle_status",
            "free_bike_status", "system_pricing_plans", "system_alerts");
    private static final int MAX_PROBLEMS = 10;

    private final GbfsValidator validator = GbfsValidatorFactory.getGbfsJsonValidator();
    private final HttpClient http;
    private final String language;
    private final Duration minInterval;
    private final FeedFile discovery;
    private final Map<String, FeedFile> files = new LinkedHashMap<>();
    private String version = "";

    public GbfsFeedReader(URI discovery, String preferredLanguage, HttpClient http, Duration minInterval) {
        this.discovery = new FeedFile("gbfs", discovery);
        this.language = preferredLanguage;
        this.http = http;
        this.minInterval = minInterval;
    }

    /**
     * Fetches each file that is due at {@code now} and checks the new ones together with the last good
     * content of the others (the schema's cross-file rules: every status has its station, every
     * vehicle its type); the names of the files whose content changed and passed.
     */
    public synchronized Set<String> poll(Instant now) {
        Set<String> changed = new java.util.TreeSet<>();
        Fetched gbfs = !now.isBefore(discovery.due) ? fetch(discovery, now) : null;
        if (gbfs != null && accept(discovery, gbfs, schemaProblems(Map.of("gbfs", gbfs.body)).getOrDefault("gbfs", List.of()), now)) {
            changed.add(discovery.name);
            discover(discovery.good);
        }
        Map<String, Fetched> fetched = new LinkedHashMap<>();
        for (FeedFile f : files.values()) {
            Fetched answer = !now.isBefore(f.due) ? fetch(f, now) : null;
            if (answer != null) {
                fetched.put(f.name, answer);
            }
        }
        if (fetched.isEmpty()) {
            return changed;
        }
        Map<String, String> feed = new LinkedHashMap<>();
        files.values().stream().filter(f -> f.goodBody != null).forEach(f -> feed.put(f.name, f.goodBody));
        fetched.forEach((name, answer) -> feed.put(name, answer.body));
        Map<String, List<String>> problems = schemaProblems(feed);
        fetched.forEach((name, answer) -> {
            if (accept(files.get(name), answer, problems.getOrDefault(name, List.of()), now)) {
                changed.add(name);
            }
        });
        return changed;
    }

    /** The files the discovery file lists that the platform uses; for 2.x, those of the preferred language (else the first). */
    private void discover(JsonObject gbfs) {
        version = gbfs.getString("version", "1.0");
        if (!version.startsWith("2.") && !version.equals("3.0")) {
            discovery.problems = List.of("version " + version + " is not read here: ask the operator for GBFS 2.3 or 3.0");
            files.clear();
            return;
        }
        JsonObject data = gbfs.getJsonObject("data");
        JsonObject feeds = data.containsKey("feeds") ? data
                : data.containsKey(language) ? data.getJsonObject(language) : data.getJsonObject(data.keySet().iterator().next());
        Map<String, FeedFile> listed = new LinkedHashMap<>();
        for (JsonObject f : feeds.getJsonArray("feeds").getValuesAs(JsonObject.class)) {
            String name = f.getString("name");
            URI url = discovery.url.resolve(f.getString("url"));
            if (WANTED.contains(name)) {
                FeedFile known = files.get(name);
                listed.put(name, known != null && known.url.equals(url) ? known : new FeedFile(name, url));
            }
        }
        files.clear();
        files.putAll(listed);
    }

    /** A file's new content, as answered. */
    private record Fetched(String body, JsonObject json, String etag, String lastModified) {
    }

    /** One conditional request; the new content when there is one (a 304 or a failure: null, the reason kept). */
    private Fetched fetch(FeedFile f, Instant now) {
        f.requests++;
        f.due = now.plus(minInterval);
        HttpRequest.Builder request = HttpRequest.newBuilder(f.url).timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
        if (f.etag != null) {
            request.header("If-None-Match", f.etag);
        }
        if (f.lastModified != null) {
            request.header("If-Modified-Since", f.lastModified);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            f.problems = List.of("could not be fetched from " + f.url + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (response.statusCode() == 304) {
            f.notModified++;
            f.problems = List.of();
            f.due = later(now, f.good);
            return null;
        }
        if (response.statusCode() != 200) {
            f.problems = List.of("the operator answered HTTP " + response.statusCode() + " for " + f.url);
            return null;
        }
        try {
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            return new Fetched(response.body(), json, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        } catch (JsonException | IllegalStateException e) {
            f.problems = List.of("is not a JSON object: " + e.getMessage());
            return null;
        }
    }

    /** Takes a file's new content when its schema found nothing wrong; otherwise keeps the last good one and says why. */
    private boolean accept(FeedFile f, Fetched answer, List<String> problems, Instant now) {
        if (!problems.isEmpty()) {
            f.problems = problems;
            return false;
        }
        f.good = answer.json;
        f.goodBody = answer.body;
        f.goodAt = now;
        f.problems = List.of();
        f.etag = answer.etag;
        f.lastModified = answer.lastModified;
        f.due = later(now, answer.json);
        return true;
    }

    /** What the official schemas of the feed's version say is wrong, per file, as "#/path: message". */
    private Map<String, List<String>> schemaProblems(Map<String, String> feed) {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        feed.forEach((name, body) -> streams.put(name, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        Map<String, List<String>> problems = new HashMap<>();
        for (FileValidationResult result : validator.validate(streams).files().values()) {
            if (result.exists() && feed.containsKey(result.file())) {
                problems.put(result.file(), Stream.concat(result.errors().stream().map(e -> e.message().startsWith(e.violationPath()) ? e.message() : e.violationPath() + ": " + e.message()),
                        result.validatorErrors().stream().map(e -> e.error() + ": " + e.message())).limit(MAX_PROBLEMS).toList());
            }
        }
        return problems;
    }

    /** Due again when its ttl has run out, and not before the reader's least interval. */
    private Instant later(Instant now, JsonObject content) {
        long ttl = content == null || !content.containsKey("ttl") || content.get("ttl").getValueType() != JsonValue.ValueType.NUMBER ? 0
                : content.getJsonNumber("ttl").longValue();
        Duration wait = Duration.ofSeconds(Math.max(0, ttl));
        return now.plus(wait.compareTo(minInterval) > 0 ? wait : minInterval);
    }

    /** The data of a file's last good content. */
    public Optional<JsonObject> data(String file) {
        FeedFile f = file.equals("gbfs") ? discovery : files.get(file);
        return f == null || f.good == null ? Optional.empty() : Optional.ofNullable(f.good.getJsonObject("data"));
    }

    /** The feed's version, as its discovery file says ("" before it was read). */
    public String version() {
        return version;
    }

    /** Each file's state: problems with the last attempt, requests and 304s, when its good content was read. */
    public synchronized List<FileState> state() {
        List<FileState> state = new ArrayList<>();
        Stream.concat(Stream.of(discovery), files.values().stream()).forEach(f -> state.add(
                new FileState(f.name, f.url.toString(), f.goodAt, f.problems, f.requests, f.notModified)));
        return state;
    }

    /** A file's state, for the operator's page and API. */
    public record FileState(String file, String url, Instant goodAt, List<String> problems, long requests, long notModified) {
    }
}

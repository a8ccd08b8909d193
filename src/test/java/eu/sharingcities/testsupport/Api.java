package eu.sharingcities.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A REST client that signs in with HTTP Basic, for the black-box tests. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URL base;

    public Api(URL base) {
        this.base = base;
    }

    /** The metrics token the test platform is started with (SharedPlatform), as Prometheus would hold it. */
    public static final String METRICS_TOKEN = "test-metrics-token-7f3a";

    /** Prometheus's text, read as a Prometheus server would: with the metrics token. */
    public String metrics() {
        return send(request("/api/metrics", null).header("Authorization", "Bearer " + METRICS_TOKEN).GET(), "prometheus").body();
    }

    public Answer get(String path, String user) {
        return send(request(path, user).GET(), user);
    }

    /** A GET as if from {@code source}, behind the proxy the test platform trusts (X-Forwarded-For). */
    public Answer getFrom(String source, String path, String user) {
        return send(request(path, user).header("X-Forwarded-For", source).GET(), user);
    }

    public Answer get(String path, String user, String accept) {
        return send(request(path, user).header("Accept", accept).GET(), user);
    }

    /** A GET of a file (a PDF): its bytes, or an exception saying the status. */
    public byte[] getBytes(String path, String user) {
        try {
            HttpResponse<byte[]> response = http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("request as " + user + " failed", e);
        }
    }

    public Answer post(String path, String user) {
        return send(request(path, user).POST(HttpRequest.BodyPublishers.noBody()), user);
    }

    public Answer post(String path, String user, String contentType, String body) {
        return send(request(path, user).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)), user);
    }

    public Answer postBytes(String path, String user, String contentType, byte[] body) {
        return send(request(path, user).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)), user);
    }

    public Answer putBytes(String path, String user, String contentType, byte[] body) {
        return send(request(path, user).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)), user);
    }

    /** Waits until the city's controllers are connected (the OPC UA session commands and live values need). */
    public void awaitConnected(String city) throws Exception {
        Eventually.await(Duration.ofSeconds(60), () -> get("/api/cities/" + city + "/ingestion", city + ".operator").body().contains("\"CONNECTED\""));
    }

    public Answer postJson(String path, String user, String json) {
        return post(path, user, "application/json", json);
    }

    public Answer delete(String path, String user) {
        return send(request(path, user).DELETE(), user);
    }

    public Answer putJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            String[] nameAndPassword = user.contains(":") ? user.split(":", 2) : new String[]{user, "demo"};
            String token = Base64.getEncoder().encodeToString((nameAndPassword[0] + ":" + nameAndPassword[1]).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request, String user) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("WWW-Authenticate").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("request as " + user + " failed", e);
        }
    }

    /** An HTTP answer: status, body, the challenge and Retry-After headers if any, and its content's type. */
    public record Answer(int status, String body, String challenge, String retryAfter, String contentType) {
        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }
    }
}

package eu.sharingcities.bench;

import com.sun.net.httpserver.HttpServer;
import eu.sharingcities.launcher.EmbeddedDatabase;
import eu.sharingcities.launcher.PayaraMicroProcess;
import eu.sharingcities.simulator.BikeShareServer;
import eu.sharingcities.simulator.SimulatorOptions;
import jakarta.json.Json;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./run bench mobility}: six cities' simulated operators with 2,000 docking stations each
 * (GBFS 3.0, Warsaw 2.3; a new status every 10 s), read by the platform every second. (1) The
 * public {@code vehicle_status.json} of Milan's published feed fetched by 200 concurrent clients,
 * 10 requests each: p50 and p99, against the same bytes served by the JDK's HTTP server (the
 * baseline: delivering them, no more). (2) Folding an operator's update into the stations, vehicles
 * and readings, as the platform measures it (platform_mobility_feed_seconds, phase "fold"), and
 * reading and checking the changed files (phase "read"), against fetching and parsing the same files
 * in the benchmark (the baseline). Prints one table and puts it in docs/benchmarks.md.
 */
final class MobilityBench {

    private static final int STATIONS = 2_000;
    private static final int CLIENTS = 200;
    private static final int REQUESTS_PER_CLIENT = 10;
    private static final String METRICS_TOKEN = "mobility-bench";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(CLIENTS, Thread.ofPlatform().daemon().factory())).build();

    private MobilityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("mobility-bench");
        Path config = Files.createDirectories(work.resolve("opcua-config")); // ingestion on, no controllers: the feeds' readings only
        List<String> cities = SimulatorOptions.ALL_CITIES;
        int httpPort = IngestBench.freePort();
        try (BikeShareServer bikes = BikeShareServer.start(cities, STATIONS, 0, Duration.ofSeconds(10), 10, 1);
             EmbeddedDatabase db = EmbeddedDatabase.startThrowaway(work.resolve("pg"), IngestBench.freePort(), work.resolve("pg.log"));
             PayaraMicroProcess platform = PayaraMicroProcess.start(Path.of("target/payara/payara-micro.jar"), Path.of("target/sharing-cities.war"),
                     httpPort, work.resolve("payara.log"), environment(db, work, config, bikes), List.of("--nocluster"))) {
            if (!platform.awaitReady(Duration.ofMinutes(5))) {
                throw new IllegalStateException("the platform did not become ready; see " + work.resolve("payara.log"));
            }
            String base = "http://127.0.0.1:" + httpPort;
            IngestBench.waitUntil(Duration.ofMinutes(10), () -> cities.stream().allMatch(c -> stations(base, c) == STATIONS));
            int vehicles = (int) bikes.model("milan").bikes().stream().filter(b -> !b.riding()).count();
            System.out.printf(Locale.ROOT, "every city's %,d stations read; Milan lists %,d vehicles%n", STATIONS, vehicles);
            Thread.sleep(60_000); // a minute of updates folded, for the platform's own timings

            String feedUrl = base + "/api/gbfs/milan/vehicle_status.json";
            byte[] body = get(feedUrl).body().getBytes(StandardCharsets.UTF_8);
            load(feedUrl, body.length); // warm-up
            List<Long> platformMs = load(feedUrl, body.length);
            List<Long> baselineMs;
            HttpServer plain = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), CLIENTS);
            plain.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                for (int at = 0; at < body.length; at += 65_536) { // the JDK's server copies each write whole: 4 MB at once per client is too much
                    exchange.getResponseBody().write(body, at, Math.min(65_536, body.length - at));
                }
                exchange.close();
            });
            plain.setExecutor(Executors.newFixedThreadPool(16, Thread.ofPlatform().daemon().factory()));
            plain.start();
            try {
                String plainUrl = "http://127.0.0.1:" + plain.getAddress().getPort() + "/vehicle_status.json";
                load(plainUrl, body.length);
                baselineMs = load(plainUrl, body.length);
            } finally {
                plain.stop(0);
            }
            Metrics metrics = new Metrics(base + "/api/metrics");
            long parseMs = fetchAndParse(bikes.discoveryUrl("milan").replace("gbfs.json", ""));
            String result = table(body.length, vehicles, platformMs, baselineMs, metrics, parseMs);
            System.out.println(result);
            BenchmarksDoc.replaceSection(Path.of("docs/benchmarks.md"), "mobility-bench", result);
        }
    }

    private static Map<String, String> environment(EmbeddedDatabase db, Path work, Path config, BikeShareServer bikes) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", db.jdbcUrl());
        env.put("DB_OWNER_USER", db.user());
        env.put("DB_OWNER_PASSWORD", db.password());
        env.put("DB_USER", EmbeddedDatabase.APPLICATION_LOGIN);
        env.put("DB_PASSWORD", db.applicationPassword());
        env.put("PLATFORM_DEMO", "true"); // the demo's operators, here reading the benchmark's 2,000-station schemes
        env.put("PLATFORM_DEMO_GBFS", bikes.discoveryUrl("milan").replace("milan/gbfs.json", ""));
        env.put("PLATFORM_OPCUA_CONFIG", config.toString());
        env.put("PLATFORM_SPOOL_DIR", work.resolve("spool").toString());
        env.put("PLATFORM_PKI_DIR", work.resolve("pki").toString());
        env.put("PLATFORM_SCADA_PORT", "0");
        env.put("PLATFORM_METRICS_TOKEN", METRICS_TOKEN);
        env.put("PLATFORM_MOBILITY_POLL_SECONDS", "1");
        env.put("PLATFORM_GBFS_REQUESTS_PER_MINUTE", "1000000"); // every client of the benchmark is 127.0.0.1
        env.put("PLATFORM_LIGHTING_SCHEDULE_SECONDS", "0");
        env.put("PLATFORM_LIGHTING_WATCH_SECONDS", "0");
        env.put("PLATFORM_SEMS_CYCLE_SECONDS", "3600");
        return env;
    }

    private static int stations(String base, String city) {
        try {
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/cities/" + city + "/mobility/stations"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("consortium.admin:demo".getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? Json.createReader(new StringReader(answer.body())).readArray().size() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }

    /** Fetches the whole body without keeping it (200 clients' copies of a 4 MB feed would not fit the benchmark's heap): its length. */
    private static long fetchWhole(String url) throws Exception {
        HttpResponse<java.io.InputStream> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (java.io.InputStream in = answer.body()) {
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(url + ": " + answer.statusCode());
            }
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /** {@link #CLIENTS} clients at once, each fetching {@code url} (about {@code length} bytes) whole {@link #REQUESTS_PER_CLIENT} times: times (ms), sorted. */
    private static List<Long> load(String url, long length) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS, Thread.ofPlatform().daemon().factory());
        List<Future<List<Long>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int r = 0; r < REQUESTS_PER_CLIENT; r++) {
                    long start = System.nanoTime();
                    long bytes = fetchWhole(url);
                    times.add((System.nanoTime() - start) / 1_000_000);
                    if (bytes < length / 2) { // the feed changes at every ttl, by a few bytes
                        throw new IllegalStateException(url + " answered " + bytes + " bytes, where the feed has about " + length);
                    }
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> client : clients) {
            all.addAll(client.get());
        }
        pool.shutdown();
        Collections.sort(all);
        return all;
    }

    /** The baseline of a fold: fetching the operator's changed files and parsing them, median of ten (ms). */
    private static long fetchAndParse(String feed) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            for (String file : List.of("station_status", "vehicle_status")) {
                Json.createReader(new StringReader(get(feed + file + ".json").body())).readObject();
            }
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String table(int bytes, int vehicles, List<Long> platformMs, List<Long> baselineMs, Metrics metrics, long parseMs) throws Exception {
        double foldP50 = metrics.seconds("fold", "0.5") * 1000, foldP99 = metrics.seconds("fold", "0.99") * 1000;
        double readP50 = metrics.seconds("read", "0.5") * 1000, readP99 = metrics.seconds("read", "0.99") * 1000;
        return String.format(Locale.ROOT, """
                ### ./run bench mobility

                `./run bench mobility` on this machine (%d cores, JDK %s), %s. Six cities' simulated operators with 2,000 docking stations each
                (Milan's feed lists %,d vehicles; a new status every 10 s, read by the platform every second).

                | measure | platform p50 | platform p99 | baseline p50 | baseline p99 | ratio (p50) |
                |---|---|---|---|---|---|
                | `vehicle_status.json` (%,d bytes), %d clients × %d requests | %d ms | %d ms | %d ms | %d ms | %.1f |
                | folding an update into stations, vehicles and readings (per operator) | %.0f ms | %.0f ms | %d ms | – | %.1f |
                | reading and checking the changed files (per operator) | %.0f ms | %.0f ms | %d ms | – | %.1f |

                Baselines, measured in the same run: the same `vehicle_status.json` bytes served by the JDK's HTTP server (delivery, no more);
                fetching Milan's `station_status.json` and `vehicle_status.json` from the simulator and parsing them (median of ten). The
                platform's fold and read times are its own (`platform_mobility_feed_seconds`): the slowest city's p50 and p99 over the run's updates.
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), LocalDate.now(), vehicles,
                bytes, CLIENTS, REQUESTS_PER_CLIENT, percentile(platformMs, 0.5), percentile(platformMs, 0.99), percentile(baselineMs, 0.5),
                percentile(baselineMs, 0.99), (double) percentile(platformMs, 0.5) / Math.max(1, percentile(baselineMs, 0.5)),
                foldP50, foldP99, parseMs, foldP50 / Math.max(1, parseMs), readP50, readP99, parseMs, readP50 / Math.max(1, parseMs));
    }

    /** The platform's Prometheus text, read with the metrics token. */
    private record Metrics(String url) {

        /** The largest of the cities' {@code quantile} of a phase (s). */
        double seconds(String phase, String quantile) throws Exception {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + METRICS_TOKEN)
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("(?m)^platform_mobility_feed_seconds\\{([^}]*)} ([0-9.E+-]+)$").matcher(body);
            double largest = 0;
            while (m.find()) {
                if (m.group(1).contains("phase=\"" + phase + "\"") && m.group(1).contains("quantile=\"" + quantile + "\"")) {
                    largest = Math.max(largest, Double.parseDouble(m.group(2)));
                }
            }
            return largest;
        }
    }
}

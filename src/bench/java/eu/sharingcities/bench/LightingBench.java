package eu.sharingcities.bench;

import eu.sharingcities.launcher.EmbeddedDatabase;
import eu.sharingcities.launcher.PayaraMicroProcess;
import eu.sharingcities.simulator.ConfigWriter;
import eu.sharingcities.simulator.SimulatorOptions;

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
 * {@code ./run bench lighting}: the platform with the demo's 3,000 lampposts (500 in each of the six
 * cities) bound to 3,000 simulated lamp controllers. A schedule change for all of them — an
 * override of every group, applied in each city — timed until every controller has confirmed by
 * read-back, against the same 3,000 commands sent one by one through the command API (each waiting
 * for its read-back: the baseline). Then the map's request for a city of 3,000 lamps (2,500 more
 * imported into London) against the same request for 500: time and bytes. Prints one table and puts
 * it in docs/benchmarks.md between the lighting-bench markers.
 */
final class LightingBench {

    private static final int SIM_PORT = 48_760;
    private static final int LAMPS_PER_CITY = 500; // as lighting/demo/DemoLighting
    private static final List<String> GROUPS = List.of("main-roads", "junctions", "residential", "pedestrian");
    private static final int MAP_REQUESTS = 50;

    private LightingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("lighting-bench");
        List<String> cities = SimulatorOptions.ALL_CITIES;
        String[] simArgs = {"--cities", String.join(",", cities), "--port", Integer.toString(SIM_PORT), "--buildings", "1",
                "--lamps", Integer.toString(LAMPS_PER_CITY), "--interval-ms", "1000", "--history-minutes", "1"};
        Path config = Files.createDirectories(work.resolve("opcua-config"));
        IngestBench.run(IngestBench.simulator(simArgs, "--write-config", config.toString())).waitFor();
        int httpPort = IngestBench.freePort();
        try (EmbeddedDatabase db = EmbeddedDatabase.startThrowaway(work.resolve("pg"), IngestBench.freePort(), work.resolve("pg.log"));
             AutoCloseableProcess simulator = new AutoCloseableProcess(IngestBench.run(IngestBench.simulator(simArgs)));
             PayaraMicroProcess platform = PayaraMicroProcess.start(Path.of("target/payara/payara-micro.jar"), Path.of("target/sharing-cities.war"),
                     httpPort, work.resolve("payara.log"), environment(db, work, config), List.of("--nocluster"))) {
            if (!platform.awaitReady(Duration.ofMinutes(5))) {
                throw new IllegalStateException("the platform did not become ready; see " + work.resolve("payara.log"));
            }
            Http http = new Http("http://127.0.0.1:" + httpPort);
            IngestBench.waitUntil(Duration.ofMinutes(3), () -> cities.stream().allMatch(c -> live(http, c) == LAMPS_PER_CITY));

            long parallelMs = scheduleChange(http, cities, 40);
            long confirmedParallel = confirmedAt(http, cities, 40);
            System.out.printf(Locale.ROOT, "schedule change, all cities at once: %,d ms, %d lamps confirmed at 40 %%%n", parallelMs, confirmedParallel);
            long oneByOneMs = oneByOne(http, cities, 60);
            long confirmedOneByOne = confirmedAt(http, cities, 60);
            System.out.printf(Locale.ROOT, "the same one by one: %,d ms, %d lamps confirmed at 60 %%%n", oneByOneMs, confirmedOneByOne);

            MapRequest small = mapRequest(http, "london");
            importLamps(http, "london", 2_500);
            MapRequest large = mapRequest(http, "london");
            String result = table(parallelMs, confirmedParallel, oneByOneMs, confirmedOneByOne, small, large);
            System.out.println(result);
            BenchmarksDoc.replaceSection(Path.of("docs/benchmarks.md"), "lighting-bench", result);
        }
    }

    private static Map<String, String> environment(EmbeddedDatabase db, Path work, Path config) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", db.jdbcUrl());
        env.put("DB_OWNER_USER", db.user());
        env.put("DB_OWNER_PASSWORD", db.password());
        env.put("DB_USER", EmbeddedDatabase.APPLICATION_LOGIN);
        env.put("DB_PASSWORD", db.applicationPassword());
        env.put("PLATFORM_DEMO", "true"); // the demo's lampposts, bound to lighting/l0001…l0500 of each city
        env.put("PLATFORM_OPCUA_CONFIG", config.toString());
        env.put("PLATFORM_SPOOL_DIR", work.resolve("spool").toString());
        env.put("PLATFORM_PKI_DIR", work.resolve("pki").toString());
        env.put(ConfigWriter.PASSWORD_VARIABLE, "simulator");
        env.put("PLATFORM_SCADA_PORT", "0");
        env.put("PLATFORM_LIGHTING_SCHEDULE_SECONDS", "0"); // the benchmark applies the schedule itself
        env.put("PLATFORM_LIGHTING_WATCH_SECONDS", "0");
        env.put("PLATFORM_SEMS_CYCLE_SECONDS", "3600");
        return env;
    }

    /** Holds every group of every city at {@code level} and applies it in all cities at once; the time until every pass has returned. */
    private static long scheduleChange(Http http, List<String> cities, int level) throws Exception {
        for (String city : cities) {
            for (String group : GROUPS) {
                http.post("/api/cities/" + city + "/lighting/overrides", "application/json",
                        "{\"target\": \"group\", \"code\": \"" + group + "\", \"level\": " + level + ", \"minutes\": 60, \"reason\": \"benchmark\"}");
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(cities.size());
        long start = System.nanoTime();
        List<Future<String>> passes = new ArrayList<>();
        for (String city : cities) {
            passes.add(pool.submit(() -> http.post("/api/cities/" + city + "/lighting/schedule/apply", "application/json", "")));
        }
        for (Future<String> pass : passes) {
            System.out.println("  " + pass.get());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        pool.shutdown();
        return ms;
    }

    /** Every lamp's dimming command sent through the command API one after another, each waiting for its read-back. */
    private static long oneByOne(Http http, List<String> cities, int level) throws Exception {
        long start = System.nanoTime();
        for (String city : cities) {
            for (int lamp = 1; lamp <= LAMPS_PER_CITY; lamp++) {
                http.post("/api/cities/" + city + "/commands", "application/json", String.format(Locale.ROOT,
                        "{\"point\": \"%s.lighting.l%04d.dim-level\", \"value\": %d, \"reason\": \"benchmark, one by one\"}", city, lamp, level));
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Lamps whose controller reports {@code level}, read on the map's request (the readings, as ingested). */
    private static long confirmedAt(Http http, List<String> cities, int level) throws Exception {
        IngestBench.waitUntil(Duration.ofSeconds(30), () -> cities.stream().mapToLong(c -> atLevel(http, c, level)).sum() == (long) cities.size() * LAMPS_PER_CITY);
        return cities.stream().mapToLong(c -> atLevel(http, c, level)).sum();
    }

    private static long atLevel(Http http, String city, int level) {
        return count(http.getQuietly("/api/cities/" + city + "/lighting/lamps"), ",\"[a-z-]+\"," + level + "]"); // a lamp with its fault too
    }

    private static long live(Http http, String city) {
        String lamps = http.getQuietly("/api/cities/" + city + "/lighting/lamps");
        return count(lamps, "\"(?:on|dimmed|off|fault)\"");
    }

    private static long count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private record MapRequest(int lamps, long bytes, double p50Ms, double p99Ms) {
    }

    private static MapRequest mapRequest(Http http, String city) throws Exception {
        String body = http.get("/api/cities/" + city + "/lighting/lamps");
        for (int i = 0; i < 5; i++) {
            http.get("/api/cities/" + city + "/lighting/lamps"); // warm
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < MAP_REQUESTS; i++) {
            long start = System.nanoTime();
            http.get("/api/cities/" + city + "/lighting/lamps");
            ms.add((System.nanoTime() - start) / 1e6);
        }
        ms.sort(Double::compare);
        return new MapRequest((int) count(body, "\\[\"[^\"]+\","), body.getBytes(StandardCharsets.UTF_8).length,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.99) - 1));
    }

    private static void importLamps(Http http, String city, int count) throws Exception {
        StringBuilder csv = new StringBuilder("code,group,latitude,longitude,street,cabinet,luminaire,rated_w\n");
        for (int i = 0; i < count; i++) {
            csv.append(String.format(Locale.ROOT, "BENCH-%05d,residential,%.6f,%.6f,Bench Street %d,FP-B%03d,LED 40 W,40%n", i,
                    51.47 + (i / 50) * 0.0003, 0.03 + (i % 50) * 0.0004, i / 50, i / 25));
        }
        http.post("/api/cities/" + city + "/lighting/inventory", "text/csv", csv.toString());
    }

    private static String table(long parallelMs, long parallelConfirmed, long oneByOneMs, long oneByOneConfirmed, MapRequest small, MapRequest large) {
        String header = String.format(Locale.ROOT, "| %-62s | %10s | %9s | %8s |", "run", "time", "confirmed", "x faster");
        List<String> rows = new ArrayList<>(List.of(header, header.replaceAll("[^|]", "-")));
        rows.add(String.format(Locale.ROOT, "| %-62s | %,7d ms | %,9d | %8s |", "baseline: 3,000 dimming commands one by one (command API)",
                oneByOneMs, oneByOneConfirmed, "1.0"));
        rows.add(String.format(Locale.ROOT, "| %-62s | %,7d ms | %,9d | %8.1f |", "schedule change: 6 cities' passes at once, 8 per endpoint",
                parallelMs, parallelConfirmed, (double) oneByOneMs / parallelMs));
        String mapHeader = String.format(Locale.ROOT, "| %-30s | %6s | %9s | %8s | %8s | %7s |", "map request", "lamps", "bytes", "p50", "p99", "x time");
        List<String> mapRows = new ArrayList<>(List.of(mapHeader, mapHeader.replaceAll("[^|]", "-")));
        mapRows.add(String.format(Locale.ROOT, "| %-30s | %,6d | %,9d | %5.1f ms | %5.1f ms | %7s |", "baseline: a city of 500 lamps", small.lamps(),
                small.bytes(), small.p50Ms(), small.p99Ms(), "1.0"));
        mapRows.add(String.format(Locale.ROOT, "| %-30s | %,6d | %,9d | %5.1f ms | %5.1f ms | %7.1f |", "a city of 3,000 lamps", large.lamps(),
                large.bytes(), large.p50Ms(), large.p99Ms(), large.p50Ms() / small.p50Ms()));
        return String.format(Locale.ROOT, "%d cores, Java %s, PostgreSQL 17 (fsync on), %s%n%n%s%n%n%s%n%n"
                        + "The platform (Payara Micro, the WAR) with the demo's 3,000 lampposts bound to 3,000 simulated lamp controllers (6 "
                        + "cities, one OPC UA endpoint each for the lights). Confirmed: lamps whose controller then reports the new level (the "
                        + "map's request, as ingested), every command also read back by the command path before it counts as confirmed. The "
                        + "schedule change holds every group of every city at 40 %% and applies it in the six cities at once (POST "
                        + "…/lighting/schedule/apply), timed until every pass has returned; the baseline sends the same commands (to 60 %%) one "
                        + "after another through POST …/commands, each waiting for its read-back. Map request: GET …/lighting/lamps as the "
                        + "consortium administrator, %d requests after 5 to warm up, one at a time; the city of 3,000 has 2,500 lampposts imported without "
                        + "controllers.%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), LocalDate.now(), String.join("\n", rows),
                String.join("\n", mapRows), MAP_REQUESTS);
    }

    /** HTTP as the consortium administrator (operator and administrator in every city). */
    private record Http(String base) {

        private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("consortium.admin:demo".getBytes(StandardCharsets.UTF_8));

        String get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", AUTH).GET().build());
        }

        String getQuietly(String path) {
            try {
                return get(path);
            } catch (Exception e) {
                return "";
            }
        }

        String post(String path, String type, String body) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", AUTH).header("Content-Type", type)
                    .timeout(Duration.ofMinutes(6)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        private static String send(HttpRequest request) throws Exception {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }
    }
}

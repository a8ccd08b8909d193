package eu.sharingcities.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./run bench rest}: the platform as {@code ./run} starts it (demo data, embedded PostgreSQL),
 * then, one after the other, on loopback:
 * <ul>
 *   <li>baseline: 10 concurrent clients on {@code /health/live} (no sign-in);</li>
 *   <li>10 concurrent clients of one account ({@code milan.viewer}, HTTP Basic) on
 *       {@code /api/cities/milan/districts}: target ≥ 200 req/s, 0 errors;</li>
 *   <li>a guesser: 200 wrong passwords for unknown users from one address, as fast as it can, with
 *       the server's CPU seconds they cost, and whether the owner of a guessed account still signs
 *       in from another address.</li>
 * </ul>
 * Prints a table with the ratio to the baseline and writes it into docs/benchmarks.md.
 */
final class RestBench {

    private static final int PORT = 18580;
    private static final int PG_PORT = 18532;
    private static final int CLIENTS = 10;
    private static final Duration RUN = Duration.ofSeconds(15);

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path data = Files.createTempDirectory("rest-bench");
        // the guesser's X-Forwarded-For stands for its address
        try (LauncherRun launcher = LauncherRun.startUntilReady(root, data, PORT, PG_PORT, Map.of("PLATFORM_TRUSTED_PROXIES", "127.0.0.1"))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + PORT;
            Result warm = load(http, base + "/api/cities/milan/districts", "milan.viewer:demo", Duration.ofSeconds(3));
            Result baseline = load(http, base + "/health/live", null, RUN);
            Result authenticated = load(http, base + "/api/cities/milan/districts", "milan.viewer:demo", RUN);
            Guessing guessing = guess(http, base, launcher.process);

            String table = table(baseline, authenticated, warm, guessing);
            System.out.println(table);
            BenchmarksDoc.replaceSection(Path.of("docs/benchmarks.md"), "rest-bench", table);
        }
    }

    private record Result(long requests, Map<Integer, Long> byStatus, double seconds) {
        double perSecond() {
            return requests / seconds;
        }

        long errors() {
            return byStatus.entrySet().stream().filter(e -> e.getKey() != 200).mapToLong(Map.Entry::getValue).sum();
        }
    }

    private record Guessing(int attempts, Map<Integer, Long> byStatus, double seconds, double serverCpuSeconds, int ownerStatus) {
    }

    /** CLIENTS threads, each sending one request after the other for {@code run}. */
    private static Result load(HttpClient http, String url, String user, Duration run) throws Exception {
        Map<Integer, Long> byStatus = new ConcurrentHashMap<>();
        AtomicLong requests = new AtomicLong();
        long end = System.nanoTime() + run.toNanos();
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    int status = send(http, url, user, null);
                    byStatus.merge(status, 1L, Long::sum);
                    requests.incrementAndGet();
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(run.toSeconds() + 60, TimeUnit.SECONDS);
        return new Result(requests.get(), new TreeMap<>(byStatus), (System.nanoTime() - start) / 1e9);
    }

    private static Guessing guess(HttpClient http, String base, Process launcher) throws Exception {
        double cpuBefore = serverCpuSeconds(launcher);
        Map<Integer, Long> byStatus = new TreeMap<>();
        long start = System.nanoTime();
        int attempts = 200;
        for (int i = 0; i < attempts; i++) {
            String user = i % 2 == 0 ? "nobody" + i + ".here:x" : "warsaw.admin:guess" + i;
            byStatus.merge(send(http, base + "/api/cities", user, "203.0.113.7"), 1L, Long::sum);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = serverCpuSeconds(launcher) - cpuBefore;
        int owner = send(http, base + "/api/cities", "warsaw.admin:demo", "198.51.100.9");
        return new Guessing(attempts, byStatus, seconds, cpu, owner);
    }

    private static int send(HttpClient http, String url, String user, String from) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        if (from != null) {
            request.header("X-Forwarded-For", from);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** CPU time of the launcher's children (Payara, PostgreSQL), as the kernel counts it. */
    private static double serverCpuSeconds(Process launcher) {
        return launcher.toHandle().descendants().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .mapToLong(Duration::toMillis).sum() / 1000.0;
    }

    private static String table(Result baseline, Result authenticated, Result warm, Guessing guessing) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "REST under load, %s, %d cores, Java %s, %d concurrent clients for %d s each (`./run bench rest`)%n%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), CLIENTS, RUN.toSeconds()));
        out.append("| scenario | requests | req/s | errors (non-200) | x baseline |\n|---|---:|---:|---:|---:|\n");
        for (var row : List.of(Map.entry("baseline: /health/live, no sign-in", baseline),
                Map.entry("one account (milan.viewer, Basic): /api/cities/milan/districts", authenticated))) {
            Result r = row.getValue();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %d %s | %.2f |%n", row.getKey(), r.requests(), r.perSecond(),
                    r.errors(), r.errors() == 0 ? "" : r.byStatus(), r.perSecond() / baseline.perSecond()));
        }
        out.append(String.format(Locale.ROOT, "%nTarget: one account, 10 clients ≥ 200 req/s with 0 errors: %s (%.0f req/s, %d errors; warm-up %d requests).%n",
                authenticated.perSecond() >= 200 && authenticated.errors() == 0 ? "met" : "NOT met", authenticated.perSecond(),
                authenticated.errors(), warm.requests()));
        out.append(String.format(Locale.ROOT, "%nA guesser, one address, %d wrong passwords (half for unknown users, half for warsaw.admin): "
                        + "answers %s in %.1f s, costing the server %.1f CPU s; the owner of warsaw.admin from another address then gets %d.%n",
                guessing.attempts(), guessing.byStatus(), guessing.seconds(), guessing.serverCpuSeconds(), guessing.ownerStatus()));
        return out.toString();
    }
}

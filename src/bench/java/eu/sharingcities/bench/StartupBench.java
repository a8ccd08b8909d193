package eu.sharingcities.bench;

import eu.sharingcities.bench.baseline.BaselineApplication;
import eu.sharingcities.launcher.PayaraMicroProcess;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Time from starting to ready, measured the way a user meets it:
 * <ul>
 *   <li>baseline: Payara Micro serving a one-resource WAR (what the application server costs alone);</li>
 *   <li>first start: {@code ./run}'s launcher on an empty data folder (initdb, migrations, demo accounts);</li>
 *   <li>restart: the launcher again on the same data (what {@code ./run} costs once built).</li>
 * </ul>
 * Prints a table with each scenario's median and its ratio to the baseline measured in the same run.
 */
final class StartupBench {

    private static final int RUNS = 3;
    private static final int PORT = 18480;
    private static final int PG_PORT = 18432;

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path work = Files.createTempDirectory("startup-bench");
        List<Row> rows = new ArrayList<>();

        Path baselineWar = work.resolve("baseline.war");
        writeBaselineWar(baselineWar);
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            baseline.add(baselineStart(root, baselineWar, work.resolve("baseline-" + i + ".log")));
        }
        rows.add(new Row("baseline: Payara Micro, one-resource WAR", baseline));

        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path data = work.resolve("data-" + i);
            first.add(launcherStart(root, data));
            again.add(launcherStart(root, data));
        }
        rows.add(new Row("./run, first start (empty data folder)", first));
        rows.add(new Row("./run, restart (data kept)", again));

        double base = median(baseline);
        System.out.printf("%nStartup to ready, %d runs each, %d cores, Java %s%n", RUNS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("%-44s %8s %8s %8s %10s%n", "scenario", "median s", "min s", "max s", "x baseline");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%-44s %8.1f %8.1f %8.1f %10.2f%n", row.name, median(row.seconds), min(row.seconds), max(row.seconds), median(row.seconds) / base);
        }
        System.out.printf(Locale.ROOT, "WAR size: %.1f MB (target/sharing-cities.war)%n", Files.size(root.resolve("target/sharing-cities.war")) / 1_048_576.0);
    }

    private static double baselineStart(Path root, Path war, Path log) throws Exception {
        long start = System.nanoTime();
        try (PayaraMicroProcess payara = PayaraMicroProcess.start(root.resolve("target/payara/payara-micro.jar"), war, PORT, log, Map.of())) {
            if (!payara.awaitAnswer("/ping", "pong", Duration.ofMinutes(3))) {
                throw new IllegalStateException("baseline did not start; see " + log);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** Runs the launcher as ./run does and times it until it prints that the platform is ready. */
    private static double launcherStart(Path root, Path data) throws Exception {
        long start = System.nanoTime();
        try (LauncherRun ignored = LauncherRun.startUntilReady(root, data, PORT, PG_PORT, Map.of())) {
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private record Row(String name, List<Double> seconds) {
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }


    /** A WAR with nothing but the baseline package's classes. */
    private static void writeBaselineWar(Path war) throws IOException, URISyntaxException {
        Path classes = Path.of(BaselineApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String folder = BaselineApplication.class.getPackageName().replace('.', '/');
        try (OutputStream out = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.list(classes.resolve(folder))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + folder + "/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
    }
}

package eu.sharingcities.bench;

import eu.sharingcities.ingest.BoundPoint;
import eu.sharingcities.ingest.EndpointConnection;
import eu.sharingcities.ingest.IngestMetrics;
import eu.sharingcities.ingest.IngestPipeline;
import eu.sharingcities.ingest.PointCatalog;
import eu.sharingcities.ingest.ReadingBatch;
import eu.sharingcities.ingest.ReadingWriter;
import eu.sharingcities.ingest.Spool;
import eu.sharingcities.ingest.config.CityIngestConfig;
import eu.sharingcities.ingest.config.IngestConfigReader;
import eu.sharingcities.launcher.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The ingestion core end to end on this machine: the simulator in its own process publishing N
 * variables every interval, the platform's OPC UA client, queue, spool and writer in this one,
 * and PostgreSQL (fsync on) in a third. Baseline, measured in the same run on the same database:
 * binary COPY of the same kind of rows into a table keyed like {@code reading} (point, source time),
 * without dedupe, partitions or rollups — what PostgreSQL takes at most for such rows on this machine. Checks at the end that nothing received was lost.
 */
final class IngestBench {

    private static final int SIM_PORT = 48_700;
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final Duration MEASURE = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("ingest-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.startThrowaway(work.resolve("pg"), freePort(), work.resolve("pg.log"))) {
            Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).locations("filesystem:migrations").load().migrate();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); Statement st = c.createStatement()) {
                st.execute("select ensure_reading_partitions(1, 2)");
            }
            double copyRate = baselineCopy(db);
            List<String> rows = new ArrayList<>();
            rows.add(String.format(Locale.ROOT, "%-40s %12s %12s %9s %9s %8s %10s %8s", "scenario", "received/s", "committed/s",
                    "p50 lag", "p99 lag", "heap MB", "lost", "x COPY"));
            rows.add(String.format(Locale.ROOT, "%-40s %12s %,12.0f %9s %9s %8s %10s %8.2f", "baseline: binary COPY, keyed table", "-", copyRate, "-", "-", "-", "-", 1.0));
            for (int[] scenario : new int[][]{{5_000, 100}, {20_000, 100}}) {
                rows.add(scenario(db, work, scenario[0], scenario[1], copyRate));
            }
            System.out.printf("%nIngestion end to end, %d cores, Java %s, PostgreSQL 17 (fsync on); warm-up %d s, measured %d s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), WARM_UP.toSeconds(), MEASURE.toSeconds());
            rows.forEach(System.out::println);
        }
    }

    private static double baselineCopy(EmbeddedDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); Statement st = c.createStatement()) {
            st.execute("create table copy_baseline (point_id integer, source_time timestamptz, value double precision, status integer, "
                    + "primary key (point_id, source_time))");
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            int rows = 2_000_000, batchSize = 20_000;
            long start = System.nanoTime();
            long micros = System.currentTimeMillis() * 1000;
            for (int done = 0; done < rows; done += batchSize) {
                ReadingBatch batch = new ReadingBatch(batchSize);
                for (int i = 0; i < batchSize; i++) {
                    batch.add(i % 20_000, micros + (done + i) / 20_000 * 100_000L, Math.sin(i), 0);
                }
                copy.copyIn("copy copy_baseline from stdin (format binary)", new ByteArrayInputStream(batch.toBinaryCopy()));
            }
            double rate = rows / ((System.nanoTime() - start) / 1e9);
            st.execute("drop table copy_baseline");
            return rate;
        }
    }

    private static String scenario(EmbeddedDatabase db, Path work, int variables, int intervalMs, double copyRate) throws Exception {
        int lamps = variables / 10;            // 5 variables each
        int buildings = (variables - 1 - 5 * lamps) / 8; // 8 variables each, plus the outdoor temperature
        Path configDir = Files.createDirectories(work.resolve("config-" + variables));
        String[] simArgs = {"--cities", "milan", "--port", Integer.toString(SIM_PORT), "--buildings", Integer.toString(buildings),
                "--lamps", Integer.toString(lamps), "--interval-ms", Integer.toString(intervalMs), "--history-minutes", "1"};
        run(simulator(simArgs, "--write-config", configDir.toString())).waitFor();
        Process simulator = run(simulator(simArgs));
        try {
            Thread.sleep(3_000);
            CityIngestConfig config = new IngestConfigReader().read(configDir.resolve("milan.yaml"));
            Map<String, List<BoundPoint>> points;
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                points = PointCatalog.sync(c, config);
            }
            IngestMetrics metrics = new IngestMetrics();
            var memory = ManagementFactory.getMemoryMXBean();
            long maxHeap = 0;
            try (IngestPipeline pipeline = new IngestPipeline(IngestPipeline.Settings.DEFAULT,
                    () -> ReadingWriter.connect(db.jdbcUrl(), db.user(), db.password()), new Spool(work.resolve("spool-" + variables), 8L << 30), metrics);
                 EndpointConnection connection = new EndpointConnection("milan", config.endpoints().getFirst(), points.get("simulator"),
                         pipeline, metrics, name -> "simulator")) {
                connection.start();
                Thread.sleep(WARM_UP.toMillis());
                var before = metrics.snapshot();
                long start = System.nanoTime();
                for (long s = 0; s < MEASURE.toSeconds(); s++) {
                    Thread.sleep(1000);
                    maxHeap = Math.max(maxHeap, memory.getHeapMemoryUsage().getUsed());
                }
                var after = metrics.snapshot();
                double seconds = (System.nanoTime() - start) / 1e9;
                double in = (after.received() - before.received()) / seconds;
                double committed = (after.committed() - before.committed()) / seconds;
                connection.close();
                long waited = System.nanoTime();
                while ((pipeline.queueDepth() > 0 || pipeline.spoolBytes() > 0) && System.nanoTime() - waited < TimeUnit.SECONDS.toNanos(180)) {
                    Thread.sleep(200);
                }
                pipeline.close();
                var end = metrics.snapshot();
                // spooled readings are counted again when their replay commits; what is still in the spool is kept, not lost
                long stillSpooled = pipeline.spoolBytes() / 24;
                long unaccounted = end.received() - end.committed() - end.duplicates() - stillSpooled;
                return String.format(Locale.ROOT, "%-40s %,12.0f %,12.0f %7d ms %7d ms %8d %10s %8.2f%n    spooled %,d, still in spool %,d, rejects %s",
                        String.format("%,d variables @ %d ms", connection.status().points(), intervalMs),
                        in, committed, metrics.lagPercentileMillis(0.5), metrics.lagPercentileMillis(0.99), maxHeap >> 20,
                        unaccounted == 0 ? "0" : unaccounted + "!", committed / copyRate, end.spooled(), stillSpooled, end.rejects());
            }
        } finally {
            simulator.destroy();
            simulator.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> simulator(String[] args, String... more) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), "eu.sharingcities.simulator.Simulator"));
        command.addAll(List.of(args));
        command.addAll(List.of(more));
        return command;
    }

    private static Process run(List<String> command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}

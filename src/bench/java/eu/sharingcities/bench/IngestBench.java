package eu.sharingcities.bench;

import eu.sharingcities.database.ApplicationLogin;
import eu.sharingcities.ingest.BoundPoint;
import eu.sharingcities.ingest.EndpointConnection;
import eu.sharingcities.ingest.IngestMetrics;
import eu.sharingcities.ingest.IngestPipeline;
import eu.sharingcities.ingest.PointCatalog;
import eu.sharingcities.ingest.ReadingBatch;
import eu.sharingcities.ingest.ReadingWriter;
import eu.sharingcities.ingest.RollupFolder;
import eu.sharingcities.ingest.Spool;
import eu.sharingcities.ingest.config.CityIngestConfig;
import eu.sharingcities.ingest.config.IngestConfigReader;
import eu.sharingcities.launcher.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./run bench ingest}: the ingestion core on this machine, in one run.
 * <ol>
 * <li>baseline: binary COPY of 2,000,000 rows straight into {@code reading} by JDBC;</li>
 * <li>the pipeline's writer fed the same kind of rows from memory (with its rollup folds);</li>
 * <li>end to end: the simulator in its own process, the platform's OPC UA client, queue, spool and
 * writer in this one, PostgreSQL (fsync on) in a third — 20,000 items every second, then every
 * 100 ms for two minutes, then an overload of 24,000 items every 100 ms (about 150,000 changes a
 * second) whose excess, if the writer cannot keep up, must go through the spool and be drained;</li>
 * <li>chart queries after loading a year of 15-minute data for 1,000 points.</li>
 * </ol>
 * Prints one table and puts it in docs/benchmarks.md between the ingest-bench markers.
 */
final class IngestBench {

    private static final int SIM_PORT = 48_700;
    private static final int BATCH = IngestPipeline.Settings.DEFAULT.maxBatch(); // what the pipeline writes when readings queue up
    private static final int WRITER_ROWS = 2_000_000;
    private static final int MEMORY_POINTS = 20_000;
    static final String HEADER = String.format(Locale.ROOT, "| %-46s | %11s | %11s | %7s | %7s | %7s | %9s | %6s | %7s |",
            "scenario", "received/s", "committed/s", "p50 lag", "p99 lag", "heap MB", "JVM CPU", "lost", "x COPY");

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("ingest-bench");
        List<String> table = new ArrayList<>(List.of(HEADER, HEADER.replaceAll("[^|]", "-")));
        List<String> notes = new ArrayList<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.startThrowaway(work.resolve("pg"), freePort(), work.resolve("pg.log"))) {
            int firstPoint = prepare(db);

            double copyRate = baselineCopy(db, firstPoint);
            table.add(row("1. baseline: binary COPY into reading", "-", copyRate, "-", "-", "-", "-", "-", 1.0));
            sql(db, "truncate reading");
            double writerRate = writerFromMemory(db, firstPoint);
            table.add(row("2. the writer fed from memory", "-", writerRate, "-", "-", "-", "-", "-", writerRate / copyRate));
            sql(db, "truncate reading, reading_rollup, rollup_pending, reading_unrolled, point_latest; delete from point");

            System.out.println(String.join("\n", table));
            table.add(endToEnd(db, work, "3a. 20,000 items every 1 s", 20_000, 1_000, 200, Duration.ofSeconds(60), copyRate, notes));
            System.out.println(table.getLast());
            table.add(endToEnd(db, work, "3b. 20,000 items every 100 ms, 2 minutes", 20_000, 100, 200, Duration.ofSeconds(120), copyRate, notes));
            System.out.println(table.getLast());
            table.add(endToEnd(db, work, "3c. overload: 24,000 items every 100 ms", 24_000, 100, 1_000, Duration.ofSeconds(60), copyRate, notes));
            System.out.println(table.getLast());
            notes.forEach(System.out::println);

            sql(db, "truncate reading, reading_rollup, rollup_pending, reading_unrolled, point_latest");
            notes.add("");
            notes.addAll(ChartQueries.run(db));
        }
        String result = String.format(Locale.ROOT, "%d cores, Java %s, PostgreSQL 17 (fsync on), %s%n%n%s%n%n%s%n%n"
                        + "Lag: per value, from its source timestamp to the commit of its batch. JVM CPU: the platform's JVM (OPC UA client, "
                        + "queue, writer), in cores; PostgreSQL's own CPU is not in it.%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), LocalDate.now(),
                String.join("\n", table), String.join("\n", notes));
        System.out.println();
        System.out.println(result);
        BenchmarksDoc.replaceSection(Path.of("docs/benchmarks.md"), "ingest-bench", result);
    }

    /** Migrates the database, makes partitions for today and the points the writer is fed; returns the first point's id. */
    static int prepare(EmbeddedDatabase db) throws Exception {
        Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).locations("filesystem:migrations").load().migrate();
        try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            ApplicationLogin.prepare(owner, EmbeddedDatabase.APPLICATION_LOGIN, db.applicationPassword());
        }
        sql(db, "select ensure_reading_partitions(1, 2)");
        sql(db, "set platform.cities = '*'; insert into point (city_code, code, endpoint_id, node, unit) "
                + "select 'warsaw', 'bench.p' || i, 'memory', 'nsu=urn:bench;s=' || i, 'kW' from generate_series(1, " + MEMORY_POINTS + ") i");
        return (int) longQuery(db, "select min(id) from point where endpoint_id = 'memory'");
    }

    /** (1) What PostgreSQL takes at most: the same rows COPYed into reading in batches of 20,000, no dedupe, no rollups. */
    static double baselineCopy(EmbeddedDatabase db, int firstPoint) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            long base = System.currentTimeMillis() * 1000;
            long start = System.nanoTime();
            for (int done = 0; done < WRITER_ROWS; done += BATCH) {
                copy.copyIn("copy reading from stdin (format binary)", new ByteArrayInputStream(rows(firstPoint, base, done).toBinaryCopy()));
            }
            return WRITER_ROWS / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** (2) The writer with the same rows, while another connection folds the rollups every 5 s, as the pipeline runs them. */
    static double writerFromMemory(EmbeddedDatabase db, int firstPoint) throws Exception {
        var folds = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try (ReadingWriter writer = writer(db);
             java.sql.Connection folder = connection(db)) {
            folds.scheduleWithFixedDelay(() -> {
                try {
                    RollupFolder.fold(folder);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, 5, 5, TimeUnit.SECONDS);
            long base = System.currentTimeMillis() * 1000;
            long start = System.nanoTime();
            for (int done = 0; done < WRITER_ROWS; done += BATCH) {
                writer.write(rows(firstPoint, base, done));
            }
            folds.shutdown();
            folds.awaitTermination(1, TimeUnit.MINUTES);
            RollupFolder.fold(folder); // the rollups are part of the work: until they are up to date
            return WRITER_ROWS / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** A writer as the platform has it: on the platform's own login, which row-level security binds. */
    private static ReadingWriter writer(EmbeddedDatabase db) throws java.sql.SQLException {
        return ReadingWriter.on(connection(db));
    }

    /** A connection on the platform's own login, which row-level security binds. */
    private static java.sql.Connection connection(EmbeddedDatabase db) throws java.sql.SQLException {
        try {
            return java.sql.DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.APPLICATION_LOGIN, db.applicationPassword());
        } catch (IOException e) {
            throw new java.sql.SQLException("the platform login's password file: " + e.getMessage(), e);
        }
    }

    /** Rows [done, done + BATCH) of a stream where each of the points has one value every 100 ms. */
    private static ReadingBatch rows(int firstPoint, long baseMicros, int done) {
        ReadingBatch batch = new ReadingBatch(BATCH);
        for (int i = 0; i < BATCH; i++) {
            int n = done + i;
            batch.add(firstPoint + n % MEMORY_POINTS, baseMicros + (long) (n / MEMORY_POINTS) * 100_000L, Math.sin(n), 0);
        }
        return batch;
    }

    /** (3) The simulator in its own process, the ingestion core in this one. */
    private static String endToEnd(EmbeddedDatabase db, Path work, String name, int variables, int intervalMs, int publishingMs,
                                   Duration measure, double copyRate, List<String> notes) throws Exception {
        int lamps = variables / 10;                          // 5 variables each
        int buildings = (variables - 1 - 5 * lamps) / 8;     // 8 variables each, plus the outdoor temperature
        Path configDir = Files.createDirectories(work.resolve("config-" + variables + "-" + intervalMs));
        String[] simArgs = {"--cities", "milan", "--port", Integer.toString(SIM_PORT), "--buildings", Integer.toString(buildings),
                "--lamps", Integer.toString(lamps), "--interval-ms", Integer.toString(intervalMs), "--history-minutes", "1"};
        run(simulator(simArgs, "--write-config", configDir.toString())).waitFor();
        Path yaml = configDir.resolve("milan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("publishingIntervalMs: 1000", "publishingIntervalMs: " + publishingMs));
        Process simulator = run(simulator(simArgs));
        try {
            CityIngestConfig config = new IngestConfigReader().read(yaml);
            Map<String, List<BoundPoint>> points;
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                points = PointCatalog.sync(c, config);
            }
            IngestMetrics metrics = new IngestMetrics();
            var memory = ManagementFactory.getMemoryMXBean();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long maxHeap = 0;
            long peakSpool = 0;
            try (IngestPipeline pipeline = new IngestPipeline(IngestPipeline.Settings.DEFAULT,
                    () -> connection(db), new Spool(work.resolve("spool-" + variables + "-" + intervalMs), 8L << 30), metrics);
                 EndpointConnection connection = new EndpointConnection("milan", config.endpoints().getFirst(), points.get("simulator"),
                         pipeline, metrics, name2 -> "simulator")) {
                connection.start();
                waitUntil(Duration.ofSeconds(60), () -> metrics.snapshot().committed() > variables); // subscribed and flowing
                Thread.sleep(10_000); // warm-up
                metrics.resetLag();
                var before = metrics.snapshot();
                long cpuBefore = os.getProcessCpuTime();
                long simCpuBefore = cpuNanos(simulator);
                long start = System.nanoTime();
                for (long s = 0; s < measure.toSeconds(); s++) {
                    Thread.sleep(1000);
                    maxHeap = Math.max(maxHeap, memory.getHeapMemoryUsage().getUsed());
                    peakSpool = Math.max(peakSpool, pipeline.spoolBytes());
                }
                var after = metrics.snapshot();
                double seconds = (System.nanoTime() - start) / 1e9;
                double cores = (os.getProcessCpuTime() - cpuBefore) / 1e9 / seconds;
                double simCores = (cpuNanos(simulator) - simCpuBefore) / 1e9 / seconds;
                double in = (after.received() - before.received()) / seconds;
                double committed = (after.committed() - before.committed()) / seconds;
                long p50 = metrics.lagPercentileMillis(0.5), p99 = metrics.lagPercentileMillis(0.99);
                connection.close();
                long drainStart = System.nanoTime();
                while ((pipeline.queueDepth() > 0 || pipeline.spoolBytes() > 0) && System.nanoTime() - drainStart < TimeUnit.MINUTES.toNanos(5)) {
                    peakSpool = Math.max(peakSpool, pipeline.spoolBytes());
                    Thread.sleep(100);
                }
                double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
                pipeline.close();
                var end = metrics.snapshot();
                // spooled readings are counted again when their replay commits; what is still in the spool is kept, not lost
                long stillSpooled = pipeline.spoolBytes() / 24;
                long unaccounted = end.received() - end.committed() - end.duplicates() - stillSpooled;
                notes.add(String.format(Locale.ROOT, "- %s: %,d items updated %,.0f times/s in all, of which the changes are sent (report by "
                                + "exception); through the spool %,d values, peak spool %.1f MB, queue and spool empty %.1f s after the stream "
                                + "stopped; duplicates %,d (redelivered or back-filled twice, ignored); rejects %s; simulator CPU %.2f cores",
                        name, connection.status().points(), connection.status().points() * 1000.0 / intervalMs, end.spooled(), peakSpool / 1e6,
                        drainSeconds, end.duplicates(), end.rejects(), simCores));
                return row(name, String.format(Locale.ROOT, "%,.0f", in), committed, p50 + " ms", p99 >= 60_000 ? "≥ 60 s" : p99 + " ms",
                        Long.toString(maxHeap >> 20), String.format(Locale.ROOT, "%.2f", cores), unaccounted == 0 ? "0" : unaccounted + "!",
                        committed / copyRate);
            }
        } finally {
            simulator.destroy();
            simulator.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static String row(String name, String in, double committed, String p50, String p99, String heap, String cpu, String lost,
                              double ratio) {
        return String.format(Locale.ROOT, "| %-46s | %11s | %,11.0f | %7s | %7s | %7s | %9s | %6s | %7.2f |",
                name, in, committed, p50, p99, heap, cpu, lost, ratio);
    }

    private static long cpuNanos(Process process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitUntil(Duration limit, Condition condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not reached within " + limit.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    static void sql(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static long longQuery(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); Statement st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> simulator(String[] args, String... more) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), "eu.sharingcities.simulator.Simulator"));
        command.addAll(List.of(args));
        command.addAll(List.of(more));
        return command;
    }

    static Process run(List<String> command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

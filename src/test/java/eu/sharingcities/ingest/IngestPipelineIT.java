package eu.sharingcities.ingest;

import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline against a real PostgreSQL, including PostgreSQL being unreachable for a while. */
class IngestPipelineIT {

    private static final IngestPipeline.Settings FAST = new IngestPipeline.Settings(10_000, 1_000, Duration.ofMillis(50), Duration.ofMillis(100));
    private static String url;
    private static final List<Integer> points = new ArrayList<>();

    @TempDir
    Path spoolDir;

    @BeforeAll
    static void migrate() throws SQLException {
        url = TestDatabase.createMigratedDatabase("ingest_pipeline");
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            st.execute("set platform.cities = '*'");
            for (int i = 0; i < 10; i++) {
                ResultSet rs = st.executeQuery("insert into point (city_code, code, endpoint_id, node, unit) values "
                        + "('lisbon', 'lisbon.p" + i + "', 'e', 'nsu=urn:x;s=p" + i + "', 'kW') returning id");
                rs.next();
                points.add(rs.getInt(1));
            }
        }
    }

    @Test
    void everythingAcceptedIsCommittedOnce() throws Exception {
        IngestMetrics metrics = new IngestMetrics();
        long base = 1_780_000_000_000_000L;
        try (IngestPipeline pipeline = new IngestPipeline(FAST, this::connection, new Spool(spoolDir, 1 << 30), metrics)) {
            feed(pipeline, base, 2_000);
            feed(pipeline, base, 2_000); // OPC UA's at-least-once: everything again
            Eventually.await(Duration.ofSeconds(20), () -> metrics.snapshot().committed() + metrics.snapshot().duplicates() == 4_000);
        }
        assertThat(count(base, 2_000)).isEqualTo(2_000);
        assertThat(metrics.snapshot().committed()).isEqualTo(2_000);
        assertThat(metrics.snapshot().duplicates()).isEqualTo(2_000);
    }

    @Test
    void whilePostgresIsDownReadingsWaitInTheSpoolAndArriveLater() throws Exception {
        IngestMetrics metrics = new IngestMetrics();
        AtomicBoolean databaseUp = new AtomicBoolean(false);
        long base = 1_790_000_000_000_000L;
        Spool spool = new Spool(spoolDir, 1 << 30);
        try (IngestPipeline pipeline = new IngestPipeline(FAST, () -> {
            if (!databaseUp.get()) {
                throw new SQLException("Connection refused (simulated outage)");
            }
            return connection();
        }, spool, metrics)) {
            feed(pipeline, base, 3_000);
            Eventually.await(Duration.ofSeconds(20), () -> metrics.snapshot().spooled() == 3_000);
            assertThat(pipeline.databaseUp()).isFalse();
            assertThat(pipeline.lastError()).contains("simulated outage");
            assertThat(pipeline.spoolBytes()).isEqualTo(3_000L * 24);
            assertThat(count(base, 3_000)).isZero();

            databaseUp.set(true);
            Eventually.await(Duration.ofSeconds(20), () -> count(base, 3_000) == 3_000);
            Eventually.await(Duration.ofSeconds(20), spool::isEmpty);
        }
        assertThat(metrics.snapshot().rejects()).isEmpty();
    }

    @Test
    void aFullQueueOverflowsToTheSpoolAndAFullSpoolIsCountedNotHidden() throws Exception {
        IngestMetrics metrics = new IngestMetrics();
        IngestPipeline.Settings tiny = new IngestPipeline.Settings(10, 100, Duration.ofMillis(50), Duration.ofSeconds(60));
        long base = 1_800_000_000_000_000L;
        try (IngestPipeline pipeline = new IngestPipeline(tiny, () -> {
            throw new SQLException("down");
        }, new Spool(spoolDir, 24 * 1_000), metrics)) {
            feed(pipeline, base, 2_000);
            Eventually.await(Duration.ofSeconds(20), () -> metrics.snapshot().spooled() + metrics.snapshot().rejects().getOrDefault("spool-full", 0L) == 2_000);
        }
        IngestMetrics.Snapshot s = metrics.snapshot();
        assertThat(s.spooled()).isLessThanOrEqualTo(1_000);
        assertThat(s.rejects().get("spool-full")).isEqualTo(2_000 - s.spooled());
    }

    @Test
    void readingsOfAPointThatNoLongerExistsDoNotBlockTheOthers() throws Exception {
        IngestMetrics metrics = new IngestMetrics();
        long base = 1_810_000_000_000_000L;
        try (IngestPipeline pipeline = new IngestPipeline(FAST, this::connection, new Spool(spoolDir, 1 << 30), metrics)) {
            pipeline.accept(new Reading(999_999, base, 1, 0)); // e.g. a spool written before its point was removed
            feed(pipeline, base, 100);
            Eventually.await(Duration.ofSeconds(20), () -> count(base, 100) == 100);
        }
        assertThat(metrics.snapshot().spooled()).isZero();
        assertThat(metrics.snapshot().rejects()).containsEntry("unknown-point", 1L);
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.APPLICATION_LOGIN, TestDatabase.applicationPassword());
    }

    private static void feed(IngestPipeline pipeline, long baseMicros, int n) {
        for (int i = 0; i < n; i++) {
            pipeline.accept(new Reading(points.get(i % points.size()), baseMicros + (i / points.size()) * 1_000_000L, i, 0));
        }
    }

    private static int count(long baseMicros, int n) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from reading where source_time >= to_timestamp(" + baseMicros / 1_000_000
                     + ") and source_time < to_timestamp(" + (baseMicros / 1_000_000 + n) + ")")) {
            rs.next();
            return rs.getInt(1);
        }
    }

}

package eu.sharingcities.ingest;

import eu.sharingcities.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Readings into a real PostgreSQL: duplicates ignored, bad values kept but not rolled up, rollups by hand. */
class ReadingWriterIT {

    private static final int BAD = 0x80000000; // OPC UA Bad
    private static String url;
    private static int point;

    @BeforeAll
    static void migrate() throws SQLException {
        url = TestDatabase.createMigratedDatabase("reading_writer");
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            st.execute("set platform.cities = '*'");
            ResultSet rs = st.executeQuery("insert into point (city_code, code, endpoint_id, node, unit) "
                    + "values ('milan', 'milan.b1.heat', 'bms', 'nsu=urn:x;s=heat', 'kW') returning id");
            rs.next();
            point = rs.getInt(1);
        }
    }

    @Test
    void duplicatesAreIgnoredAndBadValuesKeptButNotRolledUp() throws SQLException {
        ReadingBatch batch = new ReadingBatch(8);
        long t0 = micros("2026-01-01T10:00:00Z");
        batch.add(point, t0, 10, 0);
        batch.add(point, t0, 10, 0);                 // the same value delivered twice
        batch.add(point, t0 + 60_000_000, 20, 0);
        batch.add(point, t0 + 120_000_000, Double.NaN, BAD);
        batch.add(point, t0 + 16 * 60_000_000L, 40, 0); // the next 15-minute bucket

        try (ReadingWriter writer = ReadingWriter.connect(url, TestDatabase.APPLICATION_LOGIN, TestDatabase.applicationPassword());
             Connection folder = folder()) {
            assertThat(writer.write(batch).inserted()).isEqualTo(4);
            assertThat(writer.write(batch).inserted()).as("a replay inserts nothing").isZero();
            assertThat(RollupFolder.fold(folder)).isEqualTo(4);
            assertThat(RollupFolder.fold(folder)).as("each reading is folded once").isZero();
        }

        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            assertThat(single(st, "select count(*) from reading where point_id = " + point + " and source_time < '2026-01-02'")).isEqualTo(4);
            assertThat(single(st, "select count(*) from reading where status <> 0 and value = 'NaN'")).as("the bad value is kept with its status").isEqualTo(1);
            ResultSet q = st.executeQuery("select samples, total, minimum, maximum, last_value from reading_rollup "
                    + "where resolution = '15min' and point_id = " + point + " and bucket = '2026-01-01T10:00:00Z'");
            assertThat(q.next()).isTrue();
            assertThat(q.getInt("samples")).isEqualTo(2);
            assertThat(q.getDouble("total")).isEqualTo(30);
            assertThat(q.getDouble("minimum")).isEqualTo(10);
            assertThat(q.getDouble("maximum")).isEqualTo(20);
            assertThat(q.getDouble("last_value")).isEqualTo(20);
            assertThat(single(st, "select samples from reading_rollup where resolution = 'hour' and point_id = " + point
                    + " and bucket = '2026-01-01T10:00:00Z'")).isEqualTo(3);
        }
    }

    @Test
    void theLiveStreamAndALaterOverlappingBackfillAreEachCountedOnce() throws SQLException {
        int meter = newPoint("milan.b2.meter");
        long t0 = micros("2026-02-01T08:00:00Z");
        ReadingBatch live = new ReadingBatch(4);
        live.add(meter, t0, 1, 0);
        live.add(meter, t0 + 3 * 60_000_000L, 4, 0);
        live.add(meter, t0 + 4 * 60_000_000L, Double.NaN, BAD);
        ReadingBatch backfill = new ReadingBatch(4); // what history returns after an outage: the gap, and what was already stored
        backfill.add(meter, t0 + 60_000_000L, 2, 0);
        backfill.add(meter, t0 + 2 * 60_000_000L, 3, 0);
        backfill.add(meter, t0 + 3 * 60_000_000L, 4, 0);

        try (ReadingWriter writer = ReadingWriter.connect(url, TestDatabase.APPLICATION_LOGIN, TestDatabase.applicationPassword());
             Connection folder = folder()) {
            assertThat(writer.write(live).inserted()).isEqualTo(3);
            assertThat(writer.write(backfill).inserted()).isEqualTo(2);
            assertThat(RollupFolder.fold(folder)).isEqualTo(5);
        }
        try (ReadingWriter restarted = ReadingWriter.connect(url, TestDatabase.APPLICATION_LOGIN, TestDatabase.applicationPassword());
             Connection folder = folder()) {
            assertThat(restarted.write(live).inserted()).as("a writer that starts anew knows what is stored").isZero();
            RollupFolder.fold(folder);
        }

        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            assertThat(single(st, "select count(*) from reading where point_id = " + meter)).isEqualTo(5);
            ResultSet q = st.executeQuery("select samples, total, minimum, maximum, last_value from reading_rollup "
                    + "where resolution = 'hour' and point_id = " + meter);
            assertThat(q.next()).isTrue();
            assertThat(q.getInt("samples")).isEqualTo(4);
            assertThat(q.getDouble("total")).isEqualTo(10);
            assertThat(q.getDouble("minimum")).isEqualTo(1);
            assertThat(q.getDouble("maximum")).isEqualTo(4);
            assertThat(q.getDouble("last_value")).isEqualTo(4);
            assertThat(q.next()).isFalse();
            ResultSet latest = st.executeQuery("select source_time, status from point_latest where point_id = " + meter);
            assertThat(latest.next()).isTrue();
            assertThat(latest.getObject(1, java.time.OffsetDateTime.class).toInstant()).as("the newest reading, whatever its quality")
                    .isEqualTo(Instant.parse("2026-02-01T08:04:00Z"));
            assertThat(latest.getInt(2)).isEqualTo(BAD);
        }
    }

    @Test
    void dailyRollupsFollowTheCitysLocalDay() throws SQLException {
        ReadingBatch batch = new ReadingBatch(2);
        batch.add(point, micros("2026-03-01T22:30:00Z"), 5, 0); // 23:30 in Milan: 1 March
        batch.add(point, micros("2026-03-01T23:30:00Z"), 7, 0); // 00:30 in Milan: 2 March

        try (ReadingWriter writer = ReadingWriter.connect(url, TestDatabase.APPLICATION_LOGIN, TestDatabase.applicationPassword());
             Connection folder = folder()) {
            writer.write(batch);
            RollupFolder.fold(folder);
        }

        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            ResultSet days = st.executeQuery("select bucket, total from reading_rollup where resolution = 'day' and point_id = " + point
                    + " and bucket >= '2026-02-28' order by bucket");
            assertThat(days.next()).isTrue();
            assertThat(days.getObject("bucket", java.time.OffsetDateTime.class).toInstant()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
            assertThat(days.getDouble("total")).isCloseTo(5, within(1e-9));
            assertThat(days.next()).isTrue();
            assertThat(days.getObject("bucket", java.time.OffsetDateTime.class).toInstant()).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
            assertThat(days.getDouble("total")).isCloseTo(7, within(1e-9));
        }
    }

    private static int newPoint(String code) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            st.execute("set platform.cities = '*'");
            ResultSet rs = st.executeQuery("insert into point (city_code, code, endpoint_id, node, unit) "
                    + "values ('milan', '" + code + "', 'bms', 'nsu=urn:x;s=" + code + "', 'kWh') returning id");
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long micros(String instant) {
        Instant at = Instant.parse(instant);
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
    }

    private static int single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The rollup folder's own connection, as the platform has it. */
    private Connection folder() throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.APPLICATION_LOGIN, TestDatabase.applicationPassword());
    }
}

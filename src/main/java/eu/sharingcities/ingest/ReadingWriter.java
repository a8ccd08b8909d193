package eu.sharingcities.ingest;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Commits batches of readings with one binary COPY into a temporary staging table and one
 * statement that moves them into {@code reading} — duplicates (same point and source time, which
 * OPC UA's at-least-once delivery and spool replays produce) are ignored — and queues the rows
 * actually inserted in {@code reading_unrolled}. {@link #foldRollups()} later adds those with a Good
 * status and a finite value to the 15-minute, hourly and daily (city-local day) rollups and keeps
 * each point's newest reading in {@code point_latest}. Idempotent: writing a batch twice changes
 * nothing the second time.
 * One connection of its own, not the application server's pool: COPY needs the driver's API.
 */
public final class ReadingWriter implements AutoCloseable {

    private static final String MOVE = """
            with ins as (
                insert into reading (point_id, source_time, value, status)
                select distinct on (s.point_id, s.source_time) s.point_id, s.source_time, s.value, s.status
                from reading_staging s join point p on p.id = s.point_id -- a point deleted meanwhile takes its readings with it
                order by s.point_id, s.source_time
                on conflict do nothing
                returning point_id, source_time, value, status),
            queued as (
                insert into reading_unrolled select point_id, source_time, value, status from ins returning 1)
            select (select count(*) from queued),
                   (select count(*) from reading_staging s where not exists (select 1 from point p where p.id = s.point_id))""";

    /** Folds the readings committed since the last fold into the rollups and each point's newest value. */
    private static final String FOLD = """
            with batch as (
                delete from reading_unrolled returning point_id, source_time, value, status),
            good as (
                select b.point_id, b.source_time, b.value, c.time_zone
                from batch b join point p on p.id = b.point_id join city c on c.code = p.city_code
                where (b.status::bigint & 3221225472) = 0
                  and b.value not in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)),
            buckets as (
                select '15min' as resolution, point_id, date_bin('15 minutes', source_time, timestamptz '2000-01-01 00:00+00') as bucket, source_time, value from good
                union all
                select 'hour', point_id, date_bin('1 hour', source_time, timestamptz '2000-01-01 00:00+00'), source_time, value from good
                union all
                select 'day', point_id, date_trunc('day', source_time at time zone time_zone) at time zone time_zone, source_time, value from good),
            agg as (
                select resolution, point_id, bucket, count(*)::int as samples, sum(value) as total, min(value) as minimum,
                       max(value) as maximum, (array_agg(value order by source_time desc))[1] as last_value, max(source_time) as last_time
                from buckets group by resolution, point_id, bucket),
            rolled as (
                insert into reading_rollup as r (resolution, point_id, bucket, samples, total, minimum, maximum, last_value, last_time)
                select * from agg
                on conflict (resolution, point_id, bucket) do update set
                    samples = r.samples + excluded.samples,
                    total = r.total + excluded.total,
                    minimum = least(r.minimum, excluded.minimum),
                    maximum = greatest(r.maximum, excluded.maximum),
                    last_value = case when excluded.last_time >= r.last_time then excluded.last_value else r.last_value end,
                    last_time = greatest(r.last_time, excluded.last_time)
                returning 1),
            latest as (
                insert into point_latest as l (point_id, source_time, value, status)
                select distinct on (point_id) point_id, source_time, value, status from batch order by point_id, source_time desc
                on conflict (point_id) do update set source_time = excluded.source_time, value = excluded.value, status = excluded.status
                where excluded.source_time > l.source_time
                returning 1)
            select (select count(*) from batch), (select count(*) from rolled), (select count(*) from latest)""";

    private final Connection connection;
    private final CopyManager copy;

    private ReadingWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement st = connection.createStatement()) {
            // the writer works for every city; row-level security still applies to non-superusers
            st.execute("set platform.cities = '*'");
            st.execute("create temporary table if not exists reading_staging "
                    + "(point_id integer, source_time timestamptz, value double precision, status integer) on commit delete rows");
        }
        connection.setAutoCommit(false);
    }

    public static ReadingWriter connect(String url, String user, String password) throws SQLException {
        return new ReadingWriter(DriverManager.getConnection(url, user, password));
    }

    /** What a write did: readings new to the database, and readings whose point does not exist (not stored). */
    public record WriteResult(int inserted, int unknownPoints) {
    }

    /** Commits the batch; readings already stored are ignored, readings of points that no longer exist counted. */
    public WriteResult write(ReadingBatch batch) throws SQLException {
        if (batch.isEmpty()) {
            return new WriteResult(0, 0);
        }
        try {
            copy.copyIn("copy reading_staging from stdin (format binary)", new ByteArrayInputStream(batch.toBinaryCopy()));
            WriteResult result;
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(MOVE)) {
                rs.next();
                result = new WriteResult(rs.getInt(1), rs.getInt(2));
            }
            connection.commit();
            return result;
        } catch (SQLException | IOException | RuntimeException e) {
            rollbackQuietly();
            throw e instanceof SQLException sql ? sql : new SQLException("writing " + batch.size() + " readings failed: " + e.getMessage(), e);
        }
    }

    /** Folds what was committed since the last fold into the rollups; returns how many readings it folded. */
    public int foldRollups() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(FOLD)) {
            rs.next();
            int folded = rs.getInt(1);
            connection.commit();
            return folded;
        } catch (SQLException e) {
            rollbackQuietly();
            throw e;
        }
    }

    public boolean isValid() {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the caller reconnects
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

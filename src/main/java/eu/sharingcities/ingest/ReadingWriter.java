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
 * Commits batches of readings. A batch whose every row is newer than anything stored for its
 * point (the live stream, almost always) goes in with one binary COPY into a temporary table and
 * one statement that appends it to {@code reading}, with a per-bucket summary to
 * {@code rollup_pending} the same way. (PostgreSQL refuses COPY into a table with row-level security
 * for a login it binds, and the platform's login is such a one: database/ApplicationLogin.java.)
 * Any other batch (history back-fill, spool
 * replay, OPC UA's at-least-once redelivery) takes the careful path: one binary COPY into a
 * temporary staging table and one statement that moves the rows into {@code reading} — duplicates
 * (same point and source time) ignored — and queues the rows actually inserted in
 * {@code reading_unrolled}. {@link #foldRollups()} later adds both with a Good
 * status and a finite value to the 15-minute, hourly and daily (city-local day) rollups and keeps
 * each point's newest reading in {@code point_latest}. Idempotent: writing a batch twice changes
 * nothing the second time.
 * One connection of its own, not the application server's pool: COPY needs the driver's API.
 */
public final class ReadingWriter implements AutoCloseable {

    private static final String UNIQUE_VIOLATION = "23505";

    /** The fast path: rows certainly new, appended as they are. */
    private static final String APPEND = """
            with readings as (
                insert into reading (point_id, source_time, value, status) select point_id, source_time, value, status from reading_staging)
            insert into rollup_pending select * from rollup_staging""";

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

    /**
     * Folds what was committed since the last fold — rows of reading_unrolled and summaries of
     * rollup_pending, both brought to 15-minute summaries first — into the rollups (hour and
     * city-local day are whole numbers of quarter hours) and each point's newest reading.
     */
    private static final String FOLD = """
            with unrolled as (
                delete from reading_unrolled returning point_id, source_time, value, status),
            pending as (
                delete from rollup_pending returning *),
            graded as (
                select *, (status::bigint & 3221225472) = 0 and value not in ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) as good
                from unrolled),
            summaries as (
                select point_id, bucket, samples, total, minimum, maximum, last_value, last_time, latest_time, latest_value, latest_status
                from pending
                union all
                select point_id, date_bin('15 minutes', source_time, timestamptz '2000-01-01 00:00+00'),
                       (count(*) filter (where good))::int, sum(value) filter (where good), min(value) filter (where good),
                       max(value) filter (where good), (array_agg(value order by source_time desc) filter (where good))[1],
                       max(source_time) filter (where good), max(source_time), (array_agg(value order by source_time desc))[1],
                       (array_agg(status order by source_time desc))[1]
                from graded group by 1, 2),
            quarter as ( -- every summary of a 15-minute bucket merged first: hours and days are built from these few rows
                select point_id, bucket, sum(samples)::int as samples, sum(total) as total, min(minimum) as minimum, max(maximum) as maximum,
                       (array_agg(last_value order by last_time desc))[1] as last_value, max(last_time) as last_time
                from summaries where samples > 0 group by point_id, bucket),
            good as (
                select q.*, c.time_zone from quarter q join point p on p.id = q.point_id join city c on c.code = p.city_code),
            agg as (
                select '15min' as resolution, point_id, bucket, samples, total, minimum, maximum, last_value, last_time from good
                union all
                select 'hour', point_id, date_bin('1 hour', bucket, timestamptz '2000-01-01 00:00+00'), sum(samples)::int, sum(total),
                       min(minimum), max(maximum), (array_agg(last_value order by last_time desc))[1], max(last_time)
                from good group by 2, 3
                union all
                select 'day', point_id, date_trunc('day', bucket at time zone time_zone) at time zone time_zone, sum(samples)::int, sum(total),
                       min(minimum), max(maximum), (array_agg(last_value order by last_time desc))[1], max(last_time)
                from good group by 2, 3),
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
                select distinct on (s.point_id) s.point_id, s.latest_time, s.latest_value, s.latest_status
                from summaries s join point p on p.id = s.point_id order by s.point_id, s.latest_time desc
                on conflict (point_id) do update set source_time = excluded.source_time, value = excluded.value, status = excluded.status
                where excluded.source_time > l.source_time
                returning 1)
            select (select count(*) from unrolled) + (select coalesce(sum(readings), 0) from pending),
                   (select count(*) from rolled), (select count(*) from latest)""";

    /** Each point's newest committed source time, so the writer knows which rows are certainly new. */
    private static final String NEWEST = """
            select p.id, (extract(epoch from max(x.t)) * 1000000)::bigint
            from point p left join (
                select point_id, source_time as t from point_latest
                union all select point_id, max(latest_time) from rollup_pending group by point_id
                union all select point_id, max(source_time) from reading_unrolled group by point_id) x on x.point_id = p.id
            group by p.id""";

    private final Connection connection;
    private final CopyManager copy;
    /** Loaded at the first write: a connection that only folds never needs it. */
    private NewestTimes newest;

    private ReadingWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement st = connection.createStatement()) {
            // the writer works for every city; row-level security still applies to non-superusers
            st.execute("set platform.cities = '*'");
            st.execute("create temporary table if not exists reading_staging "
                    + "(point_id integer, source_time timestamptz, value double precision, status integer) on commit delete rows");
            st.execute("create temporary table if not exists rollup_staging (like rollup_pending) on commit delete rows");
        }
        connection.setAutoCommit(false);
    }

    private NewestTimes newest() throws SQLException {
        if (newest == null) {
            NewestTimes loaded = new NewestTimes();
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(NEWEST)) {
                while (rs.next()) {
                    long micros = rs.getLong(2);
                    loaded.know(rs.getInt(1), rs.wasNull() ? NewestTimes.NOTHING_STORED : micros);
                }
            } catch (SQLException e) {
                rollbackQuietly(); // leave the connection usable for the next try
                throw e;
            }
            newest = loaded;
        }
        return newest;
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
        NewestTimes known = newest();
        long[] after = known.ifAllNew(batch);
        if (after != null) {
            try {
                WriteResult result = writeNew(batch);
                known.advance(after);
                return result;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                // another writer stored some of them meanwhile: the careful path sorts it out
            }
        }
        WriteResult result = writeCarefully(batch);
        known.advanceKnown(batch, result.unknownPoints() == 0);
        return result;
    }

    /** Rows that are certainly new: appended to reading and their summary to rollup_pending, nothing else. */
    private WriteResult writeNew(ReadingBatch batch) throws SQLException {
        try {
            copy.copyIn("copy reading_staging from stdin (format binary)", new ByteArrayInputStream(batch.toBinaryCopy()));
            copy.copyIn("copy rollup_staging from stdin (format binary)", new ByteArrayInputStream(RollupSummary.toCopy(batch)));
            try (Statement st = connection.createStatement()) {
                st.executeUpdate(APPEND);
            }
            connection.commit();
            return new WriteResult(batch.size(), 0);
        } catch (SQLException | IOException | RuntimeException e) {
            rollbackQuietly();
            throw e instanceof SQLException sql ? sql : new SQLException("writing " + batch.size() + " readings failed: " + e.getMessage(), e);
        }
    }

    /** Any rows: COPY into a staging table, then insert what is not stored yet and queue it for the rollups. */
    private WriteResult writeCarefully(ReadingBatch batch) throws SQLException {
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

    /** Closes the connection, which may already be broken: nothing is left to do with it either way. */
    void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already broken
        }
    }
}

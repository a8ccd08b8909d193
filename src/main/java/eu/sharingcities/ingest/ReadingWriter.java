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
 * {@code reading_unrolled}. {@link RollupFolder#fold} later adds both with a Good
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
    /** Loaded at the first write. */
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
        return on(DriverManager.getConnection(url, user, password));
    }

    /** A writer on a connection of its own (it holds it until closed). */
    public static ReadingWriter on(Connection connection) throws SQLException {
        return new ReadingWriter(connection);
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

package eu.sharingcities.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Folds committed readings into the rollups every few seconds on a connection and thread of its
 * own, so a fold never holds up the batches behind it (PostgreSQL runs the two on separate
 * backends). Safe beside writers and other folders: each fold deletes the queued rows it folds, and
 * rows committed after its statement began wait for the next one.
 */
public final class RollupFolder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RollupFolder.class.getName());

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
                select *, reading_is_good(status, value) as good
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
                returning resolution, point_id, bucket),
            grouped as ( -- the point groups' buckets this fold changed, summed again by GROUP_FOLD
                insert into group_rollup_pending (group_id, resolution, bucket)
                select distinct m.group_id, r.resolution, r.bucket from rolled r join point_group_member m on m.point_id = r.point_id
                on conflict do nothing
                returning 1),
            latest as (
                insert into point_latest as l (point_id, source_time, value, status)
                select distinct on (s.point_id) s.point_id, s.latest_time, s.latest_value, s.latest_status
                from summaries s join point p on p.id = s.point_id order by s.point_id, s.latest_time desc
                on conflict (point_id) do update set source_time = excluded.source_time, value = excluded.value, status = excluded.status
                where excluded.source_time > l.source_time
                returning 1)
            select (select count(*) from unrolled) + (select coalesce(sum(readings), 0) from pending),
                   (select count(*) from rolled), (select count(*) from latest), (select count(*) from grouped)""";

    /**
     * Sums again, from the points' rollups the fold just wrote, each point-group bucket it
     * touched: a group's value is the sum of its members' means (migrations/V26).
     */
    private static final String GROUP_FOLD = """
            with touched as (
                delete from group_rollup_pending returning group_id, resolution, bucket),
            sums as (
                select t.group_id, m.city_code, t.resolution, t.bucket, sum(r.total / r.samples) as value, count(*)::int as points
                from touched t join point_group_member m on m.group_id = t.group_id
                join reading_rollup r on r.point_id = m.point_id and r.resolution = t.resolution and r.bucket = t.bucket and r.samples > 0
                group by 1, 2, 3, 4)
            insert into group_rollup as g (group_id, city_code, resolution, bucket, value, points)
            select * from sums
            on conflict (group_id, resolution, bucket) do update set value = excluded.value, points = excluded.points""";

    private final Connector connections;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("ingest-rollups").daemon().unstarted(r));
    private Connection connection;

    RollupFolder(Connector connections, java.time.Duration interval) {
        this.connections = connections;
        thread.scheduleWithFixedDelay(this::fold, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Folds what was committed since the last fold into the rollups, in one transaction on
     * {@code db} (which must see every city); returns how many readings it folded.
     */
    public static int fold(Connection db) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.execute("set local platform.cities = '*'");
            int folded;
            boolean groupsTouched;
            try (ResultSet rs = st.executeQuery(FOLD)) {
                rs.next();
                folded = rs.getInt(1);
                groupsTouched = rs.getLong(4) > 0;
            }
            if (groupsTouched) {
                st.executeUpdate(GROUP_FOLD);
            }
            db.commit();
            return folded;
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; the caller reconnects
            }
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private void fold() {
        try {
            if (connection == null) {
                connection = connections.open();
            }
            fold(connection);
        } catch (SQLException e) {
            // PostgreSQL away or restarting: what is queued stays queued for the next fold
            LOG.fine("ingestion: folding the rollups failed (" + e.getMessage() + "); trying again at the next fold");
            closeConnection();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    /** One last fold of what the writer committed, then the connection is closed. */
    @Override
    public synchronized void close() throws InterruptedException {
        if (thread.isShutdown()) {
            return;
        }
        thread.execute(this::fold);
        thread.execute(this::closeConnection);
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);
    }
}

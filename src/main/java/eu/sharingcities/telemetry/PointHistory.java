package eu.sharingcities.telemetry;

import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static eu.sharingcities.database.SqlValues.date;
import static eu.sharingcities.database.SqlValues.instant;
import static eu.sharingcities.database.SqlValues.num;

/**
 * Readings of points the caller already holds by id (a meter's counter, a building's outdoor
 * temperature, an alarm rule's point): the door through which modules read what ingestion stored,
 * beside {@link AssetReadings} which finds points by asset and role. Runs in the caller's
 * transaction, so its row-level-security scope applies.
 */
public final class PointHistory {

    /** A counter's last value of a local day (the city's time zone) and when it was read. */
    public record DayEnd(PointId pointId, LocalDate day, double value, Instant readAt) {
    }

    /** An hour's mean and last value, with the point's city's time zone. */
    public record Hour(PointId pointId, Instant start, double mean, double last, ZoneId zone) {
    }

    /** A local day's mean. */
    public record DayMean(PointId pointId, LocalDate day, double mean) {
    }

    /**
     * A point's newest value: source time in µs since the epoch, the value (NaN: none) and its OPC UA
     * status bits. The same fields as ingestion's Reading, kept apart because ingestion depends on
     * telemetry (the point roles), not the other way round.
     */
    public record Newest(PointId pointId, long epochMicros, double value, int status) {
    }

    private PointHistory() {
    }

    /** Each local day's last value from {@code from} on, from the daily rollups. */
    public static List<DayEnd> dayEnds(EntityManager em, Collection<PointId> points, Instant from) {
        List<Object[]> rows = em.createNativeQuery("""
                        select r.point_id, (r.bucket at time zone c.time_zone)::date, r.last_value, r.last_time
                        from reading_rollup r join point p on p.id = r.point_id join city c on c.code = p.city_code
                        where r.resolution = 'day' and r.point_id = any(?1) and r.bucket >= ?2""")
                .setParameter(1, ids(points)).setParameter(2, Timestamp.from(from)).getResultList();
        return rows.stream().map(r -> new DayEnd(new PointId(num(r[0]).intValue()), date(r[1]), num(r[2]).doubleValue(), instant(r[3]))).toList();
    }

    /** The hours with good values from {@code from} on, in time order per point. */
    public static List<Hour> hours(EntityManager em, Collection<PointId> points, Instant from) {
        List<Object[]> rows = em.createNativeQuery("""
                        select r.point_id, r.bucket, r.total / r.samples, r.last_value, c.time_zone
                        from reading_rollup r join point p on p.id = r.point_id join city c on c.code = p.city_code
                        where r.resolution = 'hour' and r.point_id = any(?1) and r.bucket >= ?2 and r.samples > 0
                        order by r.point_id, r.bucket""")
                .setParameter(1, ids(points)).setParameter(2, Timestamp.from(from)).getResultList();
        return rows.stream().map(r -> new Hour(new PointId(num(r[0]).intValue()), instant(r[1]), num(r[2]).doubleValue(), num(r[3]).doubleValue(),
                ZoneId.of((String) r[4]))).toList();
    }

    /** The means of the local days from {@code from} on that are over (today's is not). */
    public static List<DayMean> pastDayMeans(EntityManager em, Collection<PointId> points, Instant from) {
        List<Object[]> rows = em.createNativeQuery("""
                        select r.point_id, (r.bucket at time zone c.time_zone)::date, r.total / r.samples
                        from reading_rollup r join point p on p.id = r.point_id join city c on c.code = p.city_code
                        where r.resolution = 'day' and r.point_id = any(?1) and r.bucket >= ?2 and r.samples > 0
                          and (r.bucket at time zone c.time_zone)::date < (now() at time zone c.time_zone)::date""")
                .setParameter(1, ids(points)).setParameter(2, Timestamp.from(from)).getResultList();
        return rows.stream().map(r -> new DayMean(new PointId(num(r[0]).intValue()), date(r[1]), num(r[2]).doubleValue())).toList();
    }

    /** The newest stored value of each point that has one. */
    public static List<Newest> newest(Connection db, Collection<PointId> points) throws SQLException {
        List<Newest> newest = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                select point_id, (extract(epoch from source_time) * 1000000)::bigint, value, status from point_latest where point_id = any(?)""")) {
            st.setArray(1, db.createArrayOf("integer", ids(points)));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    double value = rs.getDouble(3);
                    newest.add(new Newest(new PointId(rs.getInt(1)), rs.getLong(2), rs.wasNull() ? Double.NaN : value, rs.getInt(4)));
                }
            }
        }
        return newest;
    }

    /** A stored reading: the controller's source time, the value (NaN: none) and its OPC UA status bits. */
    public record Stored(Instant sourceTime, double value, int status) {
    }

    /** A rollup bucket: its start, the mean, least and greatest of its good values, and how many there were. */
    public record Bucket(Instant start, double mean, double minimum, double maximum, int samples) {
    }

    /** A point's readings from {@code from} (inclusive) to {@code to} (exclusive) in time order, at most {@code limit}. */
    public static List<Stored> readings(Connection db, PointId point, Instant from, Instant to, int limit) throws SQLException {
        List<Stored> stored = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                select source_time, value, status from reading where point_id = ? and source_time >= ? and source_time < ?
                order by source_time limit ?""")) {
            st.setInt(1, point.value());
            st.setTimestamp(2, Timestamp.from(from));
            st.setTimestamp(3, Timestamp.from(to));
            st.setInt(4, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    double value = rs.getDouble(2);
                    stored.add(new Stored(rs.getTimestamp(1).toInstant(), rs.wasNull() ? Double.NaN : value, rs.getInt(3)));
                }
            }
        }
        return stored;
    }

    /** A point's rollup buckets ("15min", "hour" or "day", the city's local day) starting from {@code from} to {@code to}. */
    public static List<Bucket> buckets(Connection db, PointId point, String resolution, Instant from, Instant to) throws SQLException {
        List<Bucket> buckets = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                select bucket, total / samples, minimum, maximum, samples from reading_rollup
                where resolution = ? and point_id = ? and bucket >= ? and bucket < ? and samples > 0 order by bucket""")) {
            st.setString(1, resolution);
            st.setInt(2, point.value());
            st.setTimestamp(3, Timestamp.from(from));
            st.setTimestamp(4, Timestamp.from(to));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    buckets.add(new Bucket(rs.getTimestamp(1).toInstant(), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getInt(5)));
                }
            }
        }
        return buckets;
    }

    private static Integer[] ids(Collection<PointId> points) {
        return points.stream().map(PointId::value).toArray(Integer[]::new);
    }
}

package eu.sharingcities.telemetry;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The readings of an asset's points, found by the points' roles (never their names): the door
 * through which the modules read what ingestion stored. Runs on the caller's connection, so the
 * caller's transaction and row-level security scope apply; only active points count.
 */
public final class AssetReadings {

    /** A point's newest value. */
    public record Latest(int pointId, String code, double value, Instant time) {
    }

    /** A local day of a point: its last value (a counter's reading at the day's end), maximum and mean of its good values. */
    public record Day(double last, double maximum, double mean) {
    }

    private AssetReadings() {
    }

    /**
     * The newest value of each of the assets' points with one of {@code roles}, when it is a good
     * one (a controller reporting Bad is not acted on): asset → role → value.
     * {@code assets} null: every asset of the city (the city's outdoor temperature, wherever it is measured).
     */
    public static Map<String, Map<PointRole, Latest>> latest(Connection db, String city, Collection<String> assets, Collection<PointRole> roles)
            throws SQLException {
        Map<String, Map<PointRole, Latest>> byAsset = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select p.asset, p.role, p.id, p.code, l.value, l.source_time from point_latest l join point p on p.id = l.point_id
                where p.city_code = ? and p.active and p.asset = any (coalesce(?::text[], array[p.asset]::text[])) and p.role = any (?) and reading_is_good(l.status, l.value)
                order by p.code""")) {
            st.setString(1, city);
            st.setArray(2, texts(db, assets));
            st.setArray(3, texts(db, roles.stream().map(PointRole::written).toList()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    PointRole role = PointRole.of(rs.getString(2)).orElseThrow();
                    byAsset.computeIfAbsent(rs.getString(1), a -> new EnumMap<>(PointRole.class))
                            .putIfAbsent(role, new Latest(rs.getInt(3), rs.getString(4), rs.getDouble(5), rs.getTimestamp(6).toInstant()));
                }
            }
        }
        return byAsset;
    }

    /**
     * How many times the good value of each asset's point with {@code role} changed since
     * {@code since} (a state's switches: a lamp cycling on and off): asset → changes.
     */
    public static Map<String, Integer> changes(Connection db, String city, Collection<String> assets, PointRole role, Instant since)
            throws SQLException {
        Map<String, Integer> changes = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select p.asset, count(*) filter (where x.previous is not null and x.previous <> x.value)
                from (select r.point_id, r.value, lag(r.value) over (partition by r.point_id order by r.source_time) as previous
                      from reading r join point p on p.id = r.point_id
                      where p.city_code = ? and p.active and p.asset = any (?) and p.role = ? and r.source_time >= ?
                        and reading_is_good(r.status, r.value)) x
                join point p on p.id = x.point_id group by p.asset""")) {
            st.setString(1, city);
            st.setArray(2, texts(db, assets));
            st.setString(3, role.written());
            st.setTimestamp(4, Timestamp.from(since));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    changes.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return changes;
    }

    /** The newest value of a role measured anywhere in the city (its outdoor temperature, say): the first point's. */
    public static Optional<Latest> anywhere(Connection db, String city, PointRole role) throws SQLException {
        return latest(db, city, (Collection<String>) null, List.of(role)).values().stream().map(v -> v.get(role)).findFirst();
    }

    /** The local days of a role measured anywhere in the city: the first point's. */
    public static TreeMap<LocalDate, Day> daysAnywhere(Connection db, String city, PointRole role, Instant from) throws SQLException {
        return days(db, city, (Collection<String>) null, List.of(role), from).values().stream().map(v -> v.get(role)).findFirst()
                .orElseGet(TreeMap::new);
    }

    /** One asset's points by role, newest values. */
    public static Map<PointRole, Latest> latest(Connection db, String city, String asset, Collection<PointRole> roles) throws SQLException {
        return latest(db, city, List.of(asset), roles).getOrDefault(asset, Map.of());
    }

    /** The asset's local days (the city's time zone) from {@code from} on, per role: day → values. */
    public static Map<PointRole, TreeMap<LocalDate, Day>> days(Connection db, String city, String asset, Collection<PointRole> roles, Instant from)
            throws SQLException {
        Map<PointRole, TreeMap<LocalDate, Day>> byRole = new EnumMap<>(PointRole.class);
        for (Map.Entry<String, Map<PointRole, TreeMap<LocalDate, Day>>> e : days(db, city, List.of(asset), roles, from).entrySet()) {
            byRole.putAll(e.getValue());
        }
        return byRole;
    }

    /** The assets' local days from {@code from} on: asset → role → day → values. */
    public static Map<String, Map<PointRole, TreeMap<LocalDate, Day>>> days(Connection db, String city, Collection<String> assets,
                                                                             Collection<PointRole> roles, Instant from) throws SQLException {
        Map<String, Map<PointRole, TreeMap<LocalDate, Day>>> days = new TreeMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select p.asset, p.role, (r.bucket at time zone c.time_zone)::date, r.last_value, r.maximum, r.total / nullif(r.samples, 0)
                from reading_rollup r join point p on p.id = r.point_id join city c on c.code = p.city_code
                where r.resolution = 'day' and p.city_code = ? and p.active and p.asset = any (coalesce(?::text[], array[p.asset]::text[])) and p.role = any (?) and r.bucket >= ?
                order by 3""")) {
            st.setString(1, city);
            st.setArray(2, texts(db, assets));
            st.setArray(3, texts(db, roles.stream().map(PointRole::written).toList()));
            st.setTimestamp(4, Timestamp.from(from));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    days.computeIfAbsent(rs.getString(1), a -> new EnumMap<>(PointRole.class))
                            .computeIfAbsent(PointRole.of(rs.getString(2)).orElseThrow(), r -> new TreeMap<>())
                            .putIfAbsent(rs.getDate(3).toLocalDate(), new Day(rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)));
                }
            }
        }
        return days;
    }

    /** The 15-minute buckets of the assets' points with {@code role} over [from, to): point → bucket start → {mean, last value}. */
    public static Map<Integer, TreeMap<Instant, double[]>> quarterHours(Connection db, String city, Collection<String> assets, PointRole role,
                                                                        Instant from, Instant to) throws SQLException {
        Map<Integer, TreeMap<Instant, double[]>> byPoint = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select r.point_id, r.bucket, r.total / r.samples, r.last_value from reading_rollup r join point p on p.id = r.point_id
                where r.resolution = '15min' and p.city_code = ? and p.active and p.asset = any (coalesce(?::text[], array[p.asset]::text[])) and p.role = ?
                  and r.samples > 0 and r.bucket >= ? and r.bucket < ?""")) {
            st.setString(1, city);
            st.setArray(2, texts(db, assets));
            st.setString(3, role.written());
            st.setTimestamp(4, Timestamp.from(from));
            st.setTimestamp(5, Timestamp.from(to));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byPoint.computeIfAbsent(rs.getInt(1), p -> new TreeMap<>()).put(rs.getTimestamp(2).toInstant(),
                            new double[]{rs.getDouble(3), rs.getDouble(4)});
                }
            }
        }
        return byPoint;
    }

    /** A value from {@code at} on: one step of a series that holds its value until the next. */
    public record Step(Instant at, double value) {
    }

    /**
     * The good values of the assets' points with {@code roles} over [from, to), each series beginning
     * with its last value of the {@code lookBack} before {@code from} (the state the period began in):
     * asset → role → steps by time. Points no longer active count: their history stays.
     */
    public static Map<String, Map<PointRole, List<Step>>> steps(Connection db, String city, Collection<String> assets, Collection<PointRole> roles,
                                                               Instant from, Instant to, java.time.Duration lookBack) throws SQLException {
        Map<String, Map<PointRole, List<Step>>> byAsset = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select p.asset, p.role, r.source_time, r.value
                from point p cross join lateral (
                    (select b.source_time, b.value from reading b where b.point_id = p.id and b.source_time >= ? and b.source_time < ?
                         and reading_is_good(b.status, b.value) order by b.source_time desc limit 1)
                    union all
                    (select d.source_time, d.value from reading d where d.point_id = p.id and d.source_time >= ? and d.source_time < ?
                         and reading_is_good(d.status, d.value))) r
                where p.city_code = ? and p.asset = any (?) and p.role = any (?)
                order by p.asset, p.role, r.source_time""")) {
            int i = 0;
            st.setTimestamp(++i, Timestamp.from(from.minus(lookBack)));
            st.setTimestamp(++i, Timestamp.from(from));
            st.setTimestamp(++i, Timestamp.from(from));
            st.setTimestamp(++i, Timestamp.from(to));
            st.setString(++i, city);
            st.setArray(++i, texts(db, assets));
            st.setArray(++i, db.createArrayOf("text", roles.stream().map(PointRole::written).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    PointRole role = PointRole.of(rs.getString(2)).orElseThrow();
                    byAsset.computeIfAbsent(rs.getString(1), a -> new HashMap<>()).computeIfAbsent(role, r -> new java.util.ArrayList<>())
                            .add(new Step(rs.getTimestamp(3).toInstant(), rs.getDouble(4)));
                }
            }
        }
        return byAsset;
    }

    /** The city's time zone, in which its local days are counted. */
    public static ZoneId zone(Connection db, String city) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select time_zone from city where code = ?")) {
            st.setString(1, city);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? ZoneId.of(rs.getString(1)) : ZoneOffset.UTC;
            }
        }
    }

    private static Array texts(Connection db, Collection<String> values) throws SQLException {
        return values == null ? null : db.createArrayOf("text", values.toArray());
    }
}

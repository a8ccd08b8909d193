package eu.sharingcities.sems;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The district's heat load per 15-minute interval of each local day, from the 15-minute rollups of
 * its buildings' heat power: an interval without a sample (values arrive by exception) holds the
 * building's last value for up to two hours; an interval where a building has none is not measured
 * (NaN). Points are found by the simulator's names for now (issue 14 gives them roles).
 */
final class DistrictLoad {

    static final Duration LONGEST_HOLD = Duration.ofHours(2);
    private static final Duration INTERVAL = Duration.ofMinutes(15);

    private DistrictLoad() {
    }

    /** Local day → 96 kW (NaN where not measured), for the days from {@code from} up to and including {@code to}. */
    static Map<LocalDate, double[]> profiles(Connection db, String city, ZoneId zone, LocalDate from, LocalDate to) throws SQLException {
        Map<Integer, TreeMap<Instant, double[]>> byPoint = new HashMap<>(); // bucket → mean, last
        try (PreparedStatement st = db.prepareStatement("""
                select r.point_id, r.bucket, r.total / r.samples, r.last_value from reading_rollup r join point p on p.id = r.point_id
                where r.resolution = '15min' and p.city_code = ? and p.code like ? and r.samples > 0 and r.bucket >= ? and r.bucket < ?""")) {
            st.setString(1, city);
            st.setString(2, city + ".building.%.heat-power");
            st.setTimestamp(3, Timestamp.from(from.atStartOfDay(zone).toInstant().minus(LONGEST_HOLD)));
            st.setTimestamp(4, Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byPoint.computeIfAbsent(rs.getInt(1), p -> new TreeMap<>()).put(rs.getTimestamp(2).toInstant(),
                            new double[]{rs.getDouble(3), rs.getDouble(4)});
                }
            }
        }
        return profiles(List.copyOf(byPoint.values()), zone, from, to);
    }

    /** The same from each building's buckets (start → mean, last value). */
    static Map<LocalDate, double[]> profiles(List<TreeMap<Instant, double[]>> buildings, ZoneId zone, LocalDate from, LocalDate to) {
        Map<LocalDate, double[]> profiles = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            double[] profile = new double[CustomerBaseline.INTERVALS];
            Arrays.fill(profile, buildings.isEmpty() ? Double.NaN : 0);
            for (int i = 0; i < CustomerBaseline.INTERVALS; i++) {
                Instant start = day.atStartOfDay(zone).plus(INTERVAL.multipliedBy(i)).toInstant();
                for (TreeMap<Instant, double[]> building : buildings) {
                    double[] own = building.get(start);
                    Map.Entry<Instant, double[]> before = building.lowerEntry(start);
                    double kw = own != null ? own[0]
                            : before != null && Duration.between(before.getKey(), start).compareTo(LONGEST_HOLD) <= 0 ? before.getValue()[1] : Double.NaN;
                    profile[i] += kw;
                }
            }
            profiles.put(day, profile);
        }
        return profiles;
    }

    /** The interval of the day an instant falls in. */
    static int interval(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return (local.getHour() * 60 + local.getMinute()) / 15;
    }
}

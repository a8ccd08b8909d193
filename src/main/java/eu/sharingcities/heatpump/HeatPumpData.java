package eu.sharingcities.heatpump;

import eu.sharingcities.telemetry.CounterDays;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a heat pump's measures: its latest values, and its days from the daily rollups (its
 * counters' days by {@link CounterDays}). Runs on the caller's connection, so row-level security applies.
 */
final class HeatPumpData {

    static final List<String> MEASURES = List.of("river-temperature", "discharge-temperature", "discharge-delta", "river-flow", "supply-temperature",
            "return-temperature", "heat-output", "electric-power", "source-pump-power", "cop");

    private HeatPumpData() {
    }

    static List<HeatPump> heatPumps(Connection db, String city, String code) throws SQLException {
        List<HeatPump> pumps = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                select id, city_code, code, name, dwellings, licence_reference, max_abstraction_m3_per_day, max_discharge_delta_k
                from heat_pump where (city_code = ? or ? is null) and (code = ? or ? is null) order by city_code, code""")) {
            st.setString(1, city);
            st.setString(2, city);
            st.setString(3, code);
            st.setString(4, code);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    pumps.add(new HeatPump(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                            (Double) rs.getObject(7), (Double) rs.getObject(8)));
                }
            }
        }
        return pumps;
    }

    /** The newest value of each measure and counter, by measure name. */
    static Map<String, Double> latest(Connection db, HeatPump hp) throws SQLException {
        Map<String, Double> values = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select p.code, l.value from point_latest l join point p on p.id = l.point_id
                where p.city_code = ? and p.code like ? and l.value is not null""")) {
            st.setString(1, hp.cityCode());
            st.setString(2, hp.pointCode("%"));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1).substring(hp.pointCode("").length()), rs.getDouble(2));
                }
            }
        }
        return values;
    }

    /** The heat pump's local days from {@code from}, oldest first (today's so far included). */
    static List<HeatPumpDay> days(Connection db, HeatPump hp, Instant from) throws SQLException {
        Map<String, TreeMap<LocalDate, double[]>> byMeasure = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select p.code, (r.bucket at time zone c.time_zone)::date, r.last_value, r.maximum, r.total / nullif(r.samples, 0)
                from reading_rollup r join point p on p.id = r.point_id join city c on c.code = p.city_code
                where r.resolution = 'day' and p.city_code = ? and p.code like ? and r.bucket >= ? order by 2""")) {
            st.setString(1, hp.cityCode());
            st.setString(2, hp.pointCode("%"));
            st.setTimestamp(3, Timestamp.from(from.minusSeconds(2 * 86_400))); // the day before the first, for its counters
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String measure = rs.getString(1).substring(hp.pointCode("").length());
                    byMeasure.computeIfAbsent(measure, m -> new TreeMap<>())
                            .put(rs.getDate(2).toLocalDate(), new double[] {rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)});
                }
            }
        }
        Map<String, java.util.NavigableMap<LocalDate, Double>> counted = new HashMap<>();
        for (String counter : List.of("heat-meter", "electricity-meter", "source-pump-meter", "river-volume-meter")) {
            TreeMap<LocalDate, Double> dayEnds = new TreeMap<>();
            byMeasure.getOrDefault(counter, new TreeMap<>()).forEach((day, values) -> dayEnds.put(day, values[0]));
            counted.put(counter, CounterDays.counted(dayEnds));
        }
        LocalDate first = from.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        TreeMap<LocalDate, double[]> heat = byMeasure.getOrDefault("heat-meter", new TreeMap<>());
        List<HeatPumpDay> days = new ArrayList<>();
        for (LocalDate day : heat.keySet()) {
            if (day.isBefore(first)) {
                continue;
            }
            days.add(new HeatPumpDay(day, used(counted, "heat-meter", day), used(counted, "electricity-meter", day),
                    used(counted, "source-pump-meter", day), used(counted, "river-volume-meter", day),
                    value(byMeasure, "discharge-delta", day, 1), value(byMeasure, "river-temperature", day, 2)));
        }
        return days;
    }

    private static double used(Map<String, java.util.NavigableMap<LocalDate, Double>> counted, String counter, LocalDate day) {
        return counted.get(counter).getOrDefault(day, Double.NaN);
    }

    private static double value(Map<String, TreeMap<LocalDate, double[]>> byMeasure, String measure, LocalDate day, int column) {
        double[] values = byMeasure.getOrDefault(measure, new TreeMap<>()).get(day);
        return values == null ? Double.NaN : values[column];
    }

}

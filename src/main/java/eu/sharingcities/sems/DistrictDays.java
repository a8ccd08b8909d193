package eu.sharingcities.sems;

import eu.sharingcities.telemetry.CounterDays;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The district's local days from the daily rollups: the energy of all its buildings (heat and
 * electricity meters, counted by {@link CounterDays}; a day counts only when every meter has it)
 * and the outdoor temperature's daily mean.
 */
record DistrictDays(ZoneId zone, Map<LocalDate, Double> energyKwh, Map<LocalDate, Double> meanTemperatureC) {

    static DistrictDays read(Connection db, String city, LocalDate from) throws SQLException {
        Map<String, TreeMap<LocalDate, Double>> meters = new HashMap<>();
        Map<LocalDate, Double> temperatures = new HashMap<>();
        ZoneId zone = ZoneId.of("UTC");
        try (PreparedStatement st = db.prepareStatement("""
                select p.code, (r.bucket at time zone c.time_zone)::date, r.last_value, r.total / nullif(r.samples, 0), c.time_zone
                from reading_rollup r join point p on p.id = r.point_id join city c on c.code = p.city_code
                where r.resolution = 'day' and p.city_code = ? and r.bucket >= ?
                  and (p.code like ? or p.code like ? or p.code = ?)""")) {
            st.setString(1, city);
            st.setTimestamp(2, Timestamp.valueOf(from.atStartOfDay()));
            st.setString(3, city + ".building.%.heat-meter");
            st.setString(4, city + ".building.%.electricity-meter");
            st.setString(5, city + ".weather.outdoor-temperature");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    zone = ZoneId.of(rs.getString(5));
                    LocalDate day = rs.getDate(2).toLocalDate();
                    if (rs.getString(1).endsWith("outdoor-temperature")) {
                        temperatures.put(day, rs.getDouble(4));
                    } else {
                        meters.computeIfAbsent(rs.getString(1), m -> new TreeMap<>()).put(day, rs.getDouble(3));
                    }
                }
            }
        }
        Map<LocalDate, Double> energy = new TreeMap<>();
        Map<LocalDate, Integer> counted = new HashMap<>();
        for (TreeMap<LocalDate, Double> readings : meters.values()) {
            CounterDays.counted(readings).forEach((day, used) -> {
                energy.merge(day, used, Double::sum);
                counted.merge(day, 1, Integer::sum);
            });
        }
        energy.keySet().removeIf(day -> counted.get(day) < meters.size());
        return new DistrictDays(zone, energy, temperatures);
    }
}

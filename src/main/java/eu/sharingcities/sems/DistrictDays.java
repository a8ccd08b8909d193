package eu.sharingcities.sems;

import eu.sharingcities.buildings.Carrier;
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
 * The district's local days from the daily rollups: each building's energy per carrier (its heat
 * and electricity meters, counted by {@link CounterDays}) and the outdoor temperature's daily mean.
 * Meters are found by the simulator's point names for now (issue 14 gives points their roles).
 */
record DistrictDays(ZoneId zone, Map<String, Map<Carrier, Map<LocalDate, Double>>> energyKwh, Map<LocalDate, Double> meanTemperatureC) {

    static DistrictDays read(Connection db, String city, LocalDate from) throws SQLException {
        Map<String, Map<Carrier, TreeMap<LocalDate, Double>>> readings = new TreeMap<>();
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
                    String code = rs.getString(1);
                    if (code.endsWith("outdoor-temperature")) {
                        temperatures.put(day, rs.getDouble(4));
                    } else {
                        String building = code.substring(city.length() + ".building.".length(), code.lastIndexOf('.'));
                        Carrier carrier = code.endsWith(".heat-meter") ? Carrier.HEAT : Carrier.ELECTRICITY;
                        readings.computeIfAbsent(building, b -> new HashMap<>()).computeIfAbsent(carrier, c -> new TreeMap<>()).put(day, rs.getDouble(3));
                    }
                }
            }
        }
        Map<String, Map<Carrier, Map<LocalDate, Double>>> energy = new TreeMap<>();
        readings.forEach((building, meters) -> meters.forEach((carrier, days) ->
                energy.computeIfAbsent(building, b -> new HashMap<>()).put(carrier, CounterDays.counted(days))));
        return new DistrictDays(zone, energy, temperatures);
    }
}

package eu.sharingcities.sems;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a district's state from the newest stored values: each building with a zone setpoint
 * ({@code <city>.building.<code>.*}), its use from the buildings register (residential when it is
 * not registered), the outdoor temperature and the heat pump's COP.
 */
final class DistrictReader {

    private DistrictReader() {
    }

    static DistrictState read(Connection db, String city, Instant at) throws SQLException {
        Map<String, Map<String, Double>> byBuilding = new TreeMap<>();
        Double outdoor = null, cop = null;
        ZoneId zone = ZoneId.of("UTC");
        try (PreparedStatement st = db.prepareStatement("""
                select p.code, l.value, c.time_zone from point_latest l join point p on p.id = l.point_id join city c on c.code = p.city_code
                where p.city_code = ? and p.active and l.value is not null
                  and (p.code like ? or p.code = ? or p.code like ?)""")) {
            st.setString(1, city);
            st.setString(2, city + ".building.%");
            st.setString(3, city + ".weather.outdoor-temperature");
            st.setString(4, city + ".heatpump.%.cop");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String[] parts = rs.getString(1).split("\\.");
                    zone = ZoneId.of(rs.getString(3));
                    switch (parts[1]) {
                        case "weather" -> outdoor = rs.getDouble(2);
                        case "heatpump" -> cop = rs.getDouble(2);
                        default -> byBuilding.computeIfAbsent(parts[2], b -> new HashMap<>()).put(parts[3], rs.getDouble(2));
                    }
                }
            }
        }
        Map<String, String> uses = uses(db, city);
        List<BuildingState> buildings = new ArrayList<>();
        byBuilding.forEach((code, v) -> {
            if (v.containsKey("zone-setpoint") && v.containsKey("zone-temperature")) {
                buildings.add(new BuildingState(code, uses.getOrDefault(code, "RESIDENTIAL"), v.get("zone-temperature"), v.get("zone-setpoint"),
                        v.getOrDefault("heat-power", 0.0), v.getOrDefault("electric-power", 0.0)));
            }
        });
        return new DistrictState(at, zone, outdoor == null ? Double.NaN : outdoor, cop, buildings);
    }

    private static Map<String, String> uses(Connection db, String city) throws SQLException {
        Map<String, String> uses = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("select code, use from building where city_code = ?")) {
            st.setString(1, city);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    uses.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return uses;
    }
}

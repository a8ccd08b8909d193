package eu.sharingcities.scada;

import eu.sharingcities.buildings.AssetBuildings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cities' active points, from the point registry (read by all features: ArchitectureTest). */
final class ScadaRegistry {

    private ScadaRegistry() {
    }

    static List<ScadaPoint> points(Connection db) throws SQLException {
        return points(db, null);
    }

    /** The active points of {@code city}, or of every city when it is null. */
    static List<ScadaPoint> points(Connection db, String city) throws SQLException {
        List<ScadaPoint> points = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                select p.id, p.city_code, c.name, c.language, c.country, p.code, p.asset, p.role, p.unit, p.write_min, p.write_max
                from point p join city c on c.code = p.city_code where p.active and (?::text is null or p.city_code = ?)
                order by p.city_code, p.asset, p.code""")) {
            st.setString(1, city);
            st.setString(2, city);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ScadaPoint.City in = new ScadaPoint.City(rs.getString(2), rs.getString(3), Locale.of(rs.getString(4), rs.getString(5)));
                    points.add(new ScadaPoint(rs.getInt(1), in, null, rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            (Double) rs.getObject(10), (Double) rs.getObject(11)));
                }
            }
        }
        Map<String, Map<String, AssetBuildings.Building>> buildings = new HashMap<>();
        for (String code : points.stream().map(ScadaPoint::cityCode).distinct().toList()) {
            buildings.put(code, AssetBuildings.of(db, code));
        }
        return points.stream().map(p -> p.in(buildings.get(p.cityCode()).get(p.asset()))).toList();
    }
}

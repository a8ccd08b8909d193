package eu.sharingcities.scada;

import eu.sharingcities.buildings.AssetDistricts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
                select p.id, p.city_code, c.name, p.code, p.asset, p.role, p.unit, p.write_min, p.write_max
                from point p join city c on c.code = p.city_code where p.active and (?::text is null or p.city_code = ?)
                order by p.city_code, p.asset, p.code""")) {
            st.setString(1, city);
            st.setString(2, city);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    points.add(new ScadaPoint(rs.getInt(1), rs.getString(2), rs.getString(3), null, rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), (Double) rs.getObject(8), (Double) rs.getObject(9)));
                }
            }
        }
        Map<String, Map<String, String>> districts = new HashMap<>();
        for (String code : points.stream().map(ScadaPoint::cityCode).distinct().toList()) {
            districts.put(code, AssetDistricts.of(db, code));
        }
        return points.stream().map(p -> p.inDistrict(districts.get(p.cityCode()).get(p.asset()))).toList();
    }
}

package eu.sharingcities.scada;

import eu.sharingcities.buildings.AssetDistricts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every city's active points, from the point registry (read by all features: ArchitectureTest). */
final class ScadaRegistry {

    private ScadaRegistry() {
    }

    static List<ScadaPoint> points(Connection db, String city) throws SQLException {
        return points(db).stream().filter(p -> p.cityCode().equals(city)).toList();
    }

    static List<ScadaPoint> points(Connection db) throws SQLException {
        try (Statement scope = db.createStatement()) {
            scope.execute("select set_config('platform.cities', '*', false)"); // the server serves every city; sessions see theirs
        }
        List<ScadaPoint> points = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                select p.id, p.city_code, c.name, p.code, p.asset, p.role, p.unit, p.write_min, p.write_max
                from point p join city c on c.code = p.city_code where p.active order by p.city_code, p.asset, p.code""");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                points.add(new ScadaPoint(rs.getInt(1), rs.getString(2), rs.getString(3), null, rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), (Double) rs.getObject(8), (Double) rs.getObject(9)));
            }
        }
        Map<String, Map<String, String>> districts = new HashMap<>();
        for (String city : points.stream().map(ScadaPoint::cityCode).distinct().toList()) {
            districts.put(city, AssetDistricts.of(db, city));
        }
        return points.stream().map(p -> p.inDistrict(districts.get(p.cityCode()).get(p.asset()))).toList();
    }
}

package eu.sharingcities.mobility.kpi;

import eu.sharingcities.mobility.BikeStation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which district a station counts in: the one whose centre is nearest. The platform knows its
 * districts by their centres, not their boundaries; a city whose districts have boundaries would
 * place stations in them instead.
 */
final class StationDistricts {

    record District(String name, double latitude, double longitude) {
    }

    private StationDistricts() {
    }

    static List<District> districts(Connection db, String city) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select name, latitude, longitude from district where city_code = ? order by name")) {
            st.setString(1, city);
            List<District> districts = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    districts.add(new District(rs.getString(1), rs.getDouble(2), rs.getDouble(3)));
                }
            }
            return districts;
        }
    }

    /** Station (operator/id) → district name; none when the city has no district. */
    static Map<String, String> of(List<District> districts, List<BikeStation> stations) {
        Map<String, String> of = new HashMap<>();
        if (districts.isEmpty()) {
            return of;
        }
        for (BikeStation s : stations) {
            double cos = Math.cos(Math.toRadians(s.latitude()));
            District nearest = districts.stream().min(Comparator.comparingDouble(d -> Math.pow(d.latitude() - s.latitude(), 2)
                    + Math.pow((d.longitude() - s.longitude()) * cos, 2))).orElseThrow();
            of.put(s.key(), nearest.name());
        }
        return of;
    }
}

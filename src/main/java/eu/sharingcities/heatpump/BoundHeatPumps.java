package eu.sharingcities.heatpump;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The controller assets of a city's registered heat pumps, for the modules that use their readings (SEMS). */
public final class BoundHeatPumps {

    private BoundHeatPumps() {
    }

    public static List<String> assets(Connection db, String city) throws SQLException {
        List<String> assets = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("select asset from heat_pump where city_code = ? and asset is not null")) {
            st.setString(1, city);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    assets.add(rs.getString(1));
                }
            }
        }
        return assets;
    }
}

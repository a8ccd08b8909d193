package eu.sharingcities.sems;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The buildings SEMS works with: those of the city's register that are bound to a controller
 * asset, by asset. Their points are found on that asset by role, whatever the controller calls them.
 */
record DistrictBuildings(Map<String, Registered> byAsset) {

    /** A registered building: its code in the register, its use, and its controller asset. */
    record Registered(String code, String use, String asset) {
    }

    static DistrictBuildings of(Connection db, String city) throws SQLException {
        Map<String, Registered> byAsset = new LinkedHashMap<>();
        try (PreparedStatement st = db.prepareStatement("select code, use, asset from building where city_code = ? and asset is not null order by code")) {
            st.setString(1, city);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byAsset.put(rs.getString(3), new Registered(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return new DistrictBuildings(byAsset);
    }

    java.util.Set<String> assets() {
        return byAsset.keySet();
    }
}

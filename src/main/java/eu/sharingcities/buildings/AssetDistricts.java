package eu.sharingcities.buildings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The district of each controller asset a city's buildings are bound to, for views that place points in their district. */
public final class AssetDistricts {

    private AssetDistricts() {
    }

    /** Asset → the name of the district its building stands in. */
    public static Map<String, String> of(Connection db, String city) throws SQLException {
        Map<String, String> districts = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select b.asset, d.name from building b join district d on d.id = b.district_id
                where b.city_code = ? and b.asset is not null""")) {
            st.setString(1, city);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    districts.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return districts;
    }
}

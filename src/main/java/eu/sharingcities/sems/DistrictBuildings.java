package eu.sharingcities.sems;

import eu.sharingcities.buildings.BoundBuildings;

import java.sql.Connection;
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
        for (BoundBuildings.Bound b : BoundBuildings.of(db, city)) {
            byAsset.put(b.asset(), new Registered(b.code(), b.use(), b.asset()));
        }
        return new DistrictBuildings(byAsset);
    }

    java.util.Set<String> assets() {
        return byAsset.keySet();
    }
}

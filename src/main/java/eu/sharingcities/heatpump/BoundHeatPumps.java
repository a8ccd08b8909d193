package eu.sharingcities.heatpump;

import eu.sharingcities.database.CityRows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The controller assets of a city's registered heat pumps, for the modules that use their readings (SEMS). */
public final class BoundHeatPumps {

    private BoundHeatPumps() {
    }

    public static List<String> assets(Connection db, String city) throws SQLException {
        return CityRows.of(db, "select asset from heat_pump where city_code = ? and asset is not null", city, rs -> rs.getString(1));
    }
}

package eu.sharingcities.buildings;

import eu.sharingcities.database.CityRows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The registered buildings of a city that are bound to a controller asset, for the modules that act
 * on them (SEMS): their code, use and asset. On the caller's connection and scope.
 */
public final class BoundBuildings {

    /** A registered building bound to its controller's asset. */
    public record Bound(String code, String use, String asset) {
    }

    private BoundBuildings() {
    }

    public static List<Bound> of(Connection db, String city) throws SQLException {
        return CityRows.of(db, "select code, use, asset from building where city_code = ? and asset is not null order by code", city,
                rs -> new Bound(rs.getString(1), rs.getString(2), rs.getString(3)));
    }
}

package eu.sharingcities.buildings;

import eu.sharingcities.database.CityRows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;

/** The district of each controller asset a city's buildings are bound to, for views that place points in their district. */
public final class AssetDistricts {

    private AssetDistricts() {
    }

    /** Asset → the name of the district its building stands in. */
    public static Map<String, String> of(Connection db, String city) throws SQLException {
        return CityRows.of(db, """
                        select b.asset, d.name from building b join district d on d.id = b.district_id
                        where b.city_code = ? and b.asset is not null""", city, rs -> Map.entry(rs.getString(1), rs.getString(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, later) -> later));
    }
}

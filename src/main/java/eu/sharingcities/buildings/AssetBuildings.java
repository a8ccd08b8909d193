package eu.sharingcities.buildings;

import eu.sharingcities.database.CityRows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;

/** Which building a city's assets belong to, and the district it stands in (read by other doors: the SCADA server). */
public final class AssetBuildings {

    /** A building as other doors name it: its own name and its district's. */
    public record Building(String name, String district) {
    }

    private AssetBuildings() {
    }

    /** Asset → its building. */
    public static Map<String, Building> of(Connection db, String city) throws SQLException {
        return CityRows.of(db, """
                        select b.asset, b.name, d.name from building b join district d on d.id = b.district_id
                        where b.city_code = ? and b.asset is not null""", city, rs -> Map.entry(rs.getString(1), new Building(rs.getString(2), rs.getString(3))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, later) -> later));
    }
}

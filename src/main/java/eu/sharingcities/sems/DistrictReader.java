package eu.sharingcities.sems;

import eu.sharingcities.heatpump.BoundHeatPumps;
import eu.sharingcities.telemetry.AssetReadings.Latest;
import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.PointRole;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a district's state from the newest stored values: each registered building whose asset
 * has a zone temperature and a zone setpoint (by role, {@link DistrictBuildings}), the city's
 * outdoor temperature and its heat pumps' COP.
 */
final class DistrictReader {

    private static final List<PointRole> BUILDING_ROLES = List.of(PointRole.ZONE_AIR_TEMPERATURE_SENSOR, PointRole.ZONE_AIR_TEMPERATURE_SETPOINT,
            PointRole.THERMAL_POWER_SENSOR, PointRole.ELECTRICAL_POWER_SENSOR);

    private DistrictReader() {
    }

    static DistrictState read(Connection db, String city, Instant at) throws SQLException {
        DistrictBuildings registered = DistrictBuildings.of(db, city);
        Map<String, Map<PointRole, Latest>> values = AssetReadings.latest(db, city, registered.assets(), BUILDING_ROLES);
        List<BuildingState> buildings = new ArrayList<>();
        registered.byAsset().forEach((asset, building) -> {
            Map<PointRole, Latest> v = values.getOrDefault(asset, Map.of());
            Latest zone = v.get(PointRole.ZONE_AIR_TEMPERATURE_SENSOR);
            Latest setpoint = v.get(PointRole.ZONE_AIR_TEMPERATURE_SETPOINT);
            if (zone != null && setpoint != null) {
                buildings.add(new BuildingState(building.code(), building.use(), zone.value(), setpoint.value(),
                        value(v.get(PointRole.THERMAL_POWER_SENSOR)), value(v.get(PointRole.ELECTRICAL_POWER_SENSOR)), setpoint.code()));
            }
        });
        double outdoor = AssetReadings.anywhere(db, city, PointRole.OUTSIDE_AIR_TEMPERATURE_SENSOR).map(Latest::value).orElse(Double.NaN);
        Double cop = AssetReadings.latest(db, city, BoundHeatPumps.assets(db, city), List.of(PointRole.COEFFICIENT_OF_PERFORMANCE_SENSOR)).values().stream()
                .map(v -> v.get(PointRole.COEFFICIENT_OF_PERFORMANCE_SENSOR).value()).findFirst().orElse(null);
        return new DistrictState(at, AssetReadings.zone(db, city), outdoor, cop, buildings);
    }

    private static double value(Latest latest) {
        return latest == null ? 0 : latest.value();
    }
}

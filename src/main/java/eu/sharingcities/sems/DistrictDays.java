package eu.sharingcities.sems;

import eu.sharingcities.buildings.Carrier;
import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.CounterDays;
import eu.sharingcities.telemetry.PointRole;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The district's local days from the daily rollups: each registered building's energy per carrier
 * (its asset's points with the roles Thermal_Energy_Sensor and Electrical_Energy_Sensor, counted
 * by {@link CounterDays}) and the city's outdoor temperature's daily mean.
 */
record DistrictDays(ZoneId zone, Map<String, Map<Carrier, Map<LocalDate, Double>>> energyKwh, Map<LocalDate, Double> meanTemperatureC) {

    private static final Map<PointRole, Carrier> METERS = Map.of(PointRole.THERMAL_ENERGY_SENSOR, Carrier.HEAT,
            PointRole.ELECTRICAL_ENERGY_SENSOR, Carrier.ELECTRICITY);

    static DistrictDays read(Connection db, String city, LocalDate from) throws SQLException {
        ZoneId zone = AssetReadings.zone(db, city);
        Instant start = from.atStartOfDay(zone).toInstant();
        DistrictBuildings registered = DistrictBuildings.of(db, city);
        Map<String, Map<Carrier, Map<LocalDate, Double>>> energy = new TreeMap<>();
        AssetReadings.days(db, city, registered.assets(), METERS.keySet(), start).forEach((asset, byRole) -> byRole.forEach((role, days) -> {
            TreeMap<LocalDate, Double> dayEnds = new TreeMap<>();
            days.forEach((day, values) -> dayEnds.put(day, values.last()));
            energy.computeIfAbsent(registered.byAsset().get(asset).code(), b -> new HashMap<>()).put(METERS.get(role), CounterDays.counted(dayEnds));
        }));
        Map<LocalDate, Double> temperatures = new HashMap<>();
        AssetReadings.daysAnywhere(db, city, PointRole.OUTSIDE_AIR_TEMPERATURE_SENSOR, start).forEach((day, values) -> temperatures.put(day, values.mean()));
        return new DistrictDays(zone, energy, temperatures);
    }
}

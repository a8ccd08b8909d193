package eu.sharingcities.simulator;

import eu.sharingcities.telemetry.PointRole;

/** What a simulated building's controller measures, its names in both conventions ({@link BuildingNaming}), role and unit. */
public enum BuildingMeasure {
    ZONE_TEMPERATURE("zone-temperature", "RoomTemp", PointRole.ZONE_AIR_TEMPERATURE_SENSOR, "°C"),
    ZONE_SETPOINT("zone-setpoint", "RoomTempSetpoint", PointRole.ZONE_AIR_TEMPERATURE_SETPOINT, "°C"),
    SUPPLY_TEMPERATURE("supply-temperature", "SupplyTemp", PointRole.SUPPLY_WATER_TEMPERATURE_SENSOR, "°C"),
    RETURN_TEMPERATURE("return-temperature", "ReturnTemp", PointRole.RETURN_WATER_TEMPERATURE_SENSOR, "°C"),
    HEAT_POWER("heat-power", "HeatPower", PointRole.THERMAL_POWER_SENSOR, "kW"),
    ELECTRIC_POWER("electric-power", "ElecPower", PointRole.ELECTRICAL_POWER_SENSOR, "kW"),
    HEAT_METER("heat-meter", "HeatEnergy", PointRole.THERMAL_ENERGY_SENSOR, "kWh"),
    ELECTRICITY_METER("electricity-meter", "ElecEnergy", PointRole.ELECTRICAL_ENERGY_SENSOR, "kWh");

    final String name;
    final String foreignName;
    final PointRole role;
    final String unit;

    BuildingMeasure(String name, String foreignName, PointRole role, String unit) {
        this.name = name;
        this.foreignName = foreignName;
        this.role = role;
        this.unit = unit;
    }
}

package eu.sharingcities.heatpump;

import eu.sharingcities.telemetry.PointRole;

import java.util.Arrays;
import java.util.List;

/**
 * What the heat pump pages and reports show, each found on the heat pump's asset by its point's
 * role; {@code key} is the name the API and the portal give the measure, never a point's name.
 */
enum HeatPumpMeasure {
    RIVER_TEMPERATURE("river-temperature", PointRole.ENTERING_WATER_TEMPERATURE_SENSOR),
    DISCHARGE_TEMPERATURE("discharge-temperature", PointRole.LEAVING_WATER_TEMPERATURE_SENSOR),
    DISCHARGE_DELTA("discharge-delta", PointRole.WATER_DIFFERENTIAL_TEMPERATURE_SENSOR),
    RIVER_FLOW("river-flow", PointRole.WATER_FLOW_SENSOR),
    SUPPLY_TEMPERATURE("supply-temperature", PointRole.SUPPLY_WATER_TEMPERATURE_SENSOR),
    RETURN_TEMPERATURE("return-temperature", PointRole.RETURN_WATER_TEMPERATURE_SENSOR),
    HEAT_OUTPUT("heat-output", PointRole.THERMAL_POWER_SENSOR),
    ELECTRIC_POWER("electric-power", PointRole.ELECTRICAL_POWER_SENSOR),
    SOURCE_PUMP_POWER("source-pump-power", PointRole.PUMP_ELECTRICAL_POWER_SENSOR),
    COP("cop", PointRole.COEFFICIENT_OF_PERFORMANCE_SENSOR),
    // counters: their days are the differences of their readings (telemetry/CounterDays)
    HEAT_METER("heat-meter", PointRole.THERMAL_ENERGY_SENSOR),
    ELECTRICITY_METER("electricity-meter", PointRole.ELECTRICAL_ENERGY_SENSOR),
    SOURCE_PUMP_METER("source-pump-meter", PointRole.PUMP_ELECTRICAL_ENERGY_SENSOR),
    RIVER_VOLUME_METER("river-volume-meter", PointRole.WATER_VOLUME_SENSOR);

    final String key;
    final PointRole role;

    HeatPumpMeasure(String key, PointRole role) {
        this.key = key;
        this.role = role;
    }

    static List<PointRole> roles() {
        return Arrays.stream(values()).map(m -> m.role).toList();
    }
}

package eu.sharingcities.telemetry;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a point measures or sets, as data: the modules find a building's supply temperature or a
 * heat pump's electricity meter by its asset and this role, never by the point's name, which a
 * real site chooses. The names are Brick Schema classes (https://brickschema.org, 1.4) where Brick
 * has one; where it has none the class is ours, named in Brick's manner, and marked so here and
 * in docs/adr/0005-point-roles.md.
 */
public enum PointRole {

    OUTSIDE_AIR_TEMPERATURE_SENSOR("Outside_Air_Temperature_Sensor", true),
    ZONE_AIR_TEMPERATURE_SENSOR("Zone_Air_Temperature_Sensor", true),
    ZONE_AIR_TEMPERATURE_SETPOINT("Zone_Air_Temperature_Setpoint", true),
    SUPPLY_WATER_TEMPERATURE_SENSOR("Supply_Water_Temperature_Sensor", true),
    RETURN_WATER_TEMPERATURE_SENSOR("Return_Water_Temperature_Sensor", true),
    /** Heat delivered (kW): a heat meter's power, or a heat pump's output. */
    THERMAL_POWER_SENSOR("Thermal_Power_Sensor", true),
    ELECTRICAL_POWER_SENSOR("Electrical_Power_Sensor", true),
    /** A cumulative electricity meter reading (kWh). */
    ELECTRICAL_ENERGY_SENSOR("Electrical_Energy_Sensor", true),
    /** A cumulative heat meter reading (kWh). Ours: Brick has Energy_Sensor, not one for heat. */
    THERMAL_ENERGY_SENSOR("Thermal_Energy_Sensor", false),
    /** A heat pump's source side: the river water entering it. */
    ENTERING_WATER_TEMPERATURE_SENSOR("Entering_Water_Temperature_Sensor", true),
    /** A heat pump's source side: the water it gives back to the river. */
    LEAVING_WATER_TEMPERATURE_SENSOR("Leaving_Water_Temperature_Sensor", true),
    /** How much colder the water goes back than it came (K). */
    WATER_DIFFERENTIAL_TEMPERATURE_SENSOR("Water_Differential_Temperature_Sensor", true),
    WATER_FLOW_SENSOR("Water_Flow_Sensor", true),
    /** A cumulative volume of water taken (m³), as an abstraction licence counts it. Ours. */
    WATER_VOLUME_SENSOR("Water_Volume_Sensor", false),
    /** The source pump's electricity (kW and kWh), apart from the compressor's. Ours. */
    PUMP_ELECTRICAL_POWER_SENSOR("Pump_Electrical_Power_Sensor", false),
    PUMP_ELECTRICAL_ENERGY_SENSOR("Pump_Electrical_Energy_Sensor", false),
    /** The coefficient of performance the controller computes. Ours: Brick has none. */
    COEFFICIENT_OF_PERFORMANCE_SENSOR("Coefficient_Of_Performance_Sensor", false),
    /** A luminaire's dimming level (%), the value a lighting command sets. */
    DIMMING_LEVEL_COMMAND("Luminance_Command", true),
    /** Whether a lamp is lit. */
    ON_OFF_STATUS("On_Off_Status", true),
    FAULT_STATUS("Fault_Status", true),
    /** Bikes a docking station has ready to rent (GBFS num_vehicles_available). Ours: Brick has no shared vehicles. */
    AVAILABLE_VEHICLE_COUNT("Available_Vehicle_Count_Sensor", false),
    /** Free docks of a station, where a bike can be returned (GBFS num_docks_available). Ours. */
    AVAILABLE_DOCK_COUNT("Available_Dock_Count_Sensor", false),
    /** Mean state of charge (%) of the e-bikes ready at a station (GBFS current_fuel_percent). Ours. */
    BATTERY_STATE_OF_CHARGE_SENSOR("Battery_State_Of_Charge_Sensor", false);

    private final String brickName;
    private final boolean inBrick;

    PointRole(String brickName, boolean inBrick) {
        this.brickName = brickName;
        this.inBrick = inBrick;
    }

    /** The name written in configuration files and stored with the point. */
    public String written() {
        return brickName;
    }

    /** True where the name is Brick's own class, false where the vocabulary extends Brick. */
    public boolean inBrick() {
        return inBrick;
    }

    public static Optional<PointRole> of(String written) {
        return Arrays.stream(values()).filter(r -> r.brickName.equals(written)).findFirst();
    }

    /** Every name, for an error message that says what would be accepted. */
    public static String known() {
        return Arrays.stream(values()).map(PointRole::written).collect(Collectors.joining(", "));
    }
}

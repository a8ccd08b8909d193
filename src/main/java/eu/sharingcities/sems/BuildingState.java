package eu.sharingcities.sems;

/**
 * A building of the district as the control cycle sees it: its code in the register, its use, zone
 * temperature and setpoint, heat and electric load, and the point that takes its setpoint.
 */
public record BuildingState(String code, String use, double zoneC, double setpointC, double heatKw, double electricKw, String setpointPoint) {
}

package eu.sharingcities.sems;

/** A building of the district as the control cycle sees it: its use, zone temperature and setpoint, heat and electric load. */
public record BuildingState(String code, String use, double zoneC, double setpointC, double heatKw, double electricKw) {
}

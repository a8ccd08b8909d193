package eu.sharingcities.simulator.model;

/** What a building is used for; it sets when people are in it (internal gains, electricity). */
public enum BuildingUse {
    RESIDENTIAL, OFFICE, SCHOOL, PUBLIC;

    /** Share of the peak occupancy at a local hour (0..1), weekdays. */
    public double occupancy(int hour, boolean weekend) {
        return switch (this) {
            case RESIDENTIAL -> hour < 7 || hour >= 18 ? 0.9 : 0.4;
            case OFFICE -> weekend || hour < 8 || hour >= 18 ? 0.05 : 1.0;
            case SCHOOL -> weekend || hour < 8 || hour >= 16 ? 0.02 : 1.0;
            case PUBLIC -> hour < 9 || hour >= 20 ? 0.05 : 0.7;
        };
    }
}

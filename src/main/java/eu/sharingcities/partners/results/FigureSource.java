package eu.sharingcities.partners.results;

/**
 * Where a result's figure comes from: one of the platform's measurements of the result's city, or
 * the partner's own word ({@code DECLARED}).
 */
public enum FigureSource {
    /** A building's energy savings by M&V (subject: the building's code). */
    BUILDING_SAVINGS,
    /** The district's SEMS savings. */
    DISTRICT_SAVINGS,
    /** A heat pump's seasonal performance factor over the last twelve months (subject: its code). */
    HEAT_PUMP_SPF,
    /** A lighting group's energy saved against the lamps it replaced, last twelve months (subject: the group's code). */
    LIGHTING_GROUP_SAVINGS,
    /** Shared e-bike trips in the city over the last 30 days. */
    MOBILITY_TRIPS,
    /** A figure the partner states; shown as declared by the partner. */
    DECLARED
}

package eu.sharingcities.partners.results;

/**
 * A result's figure as shown: its value and unit, the ± of its 90 % interval where the method gives
 * one, the method, the date it stands at, and whether the platform measured it or the partner
 * declared it; {@code unavailable} says why a measured figure has no value now (null otherwise).
 */
public record ResultFigure(String label, Double value, String unit, Double uncertainty90, String method, String asOf, boolean measured,
                           String unavailable) {

    /** The unit of a count of e-bike trips. */
    public static final String TRIPS = "trips";

    /** What a page says after the value: the unit, but nothing after a count, whose label names what it counts ("Trips in the last 30 days: 47"). */
    public String unitShown() {
        return unit == null || TRIPS.equals(unit) ? "" : unit;
    }
}

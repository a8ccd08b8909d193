package eu.sharingcities.partners.results;

/**
 * A result's figure as shown: its value and unit, the ± of its 90 % interval where the method gives
 * one, the method, the date it stands at, and whether the platform measured it or the partner
 * declared it; {@code unavailable} says why a measured figure has no value now (null otherwise).
 */
public record ResultFigure(String label, Double value, String unit, Double uncertainty90, String method, String asOf, boolean measured,
                           String unavailable) {
}

package eu.sharingcities.buildings;

/** What a meter measures. Gas meters count m³ (or kWh); their kWh-per-unit factor converts. */
public enum Carrier {
    ELECTRICITY, HEAT, GAS
}

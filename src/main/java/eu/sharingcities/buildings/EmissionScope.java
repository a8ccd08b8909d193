package eu.sharingcities.buildings;

/**
 * What an emission factor covers, said next to the figure: official series differ in scope
 * (electricity at generation or at the meter with grid losses; fuel per kWh of gross calorific
 * value), and a city's CO2 is only comparable when the scope is known.
 */
public enum EmissionScope {
    /** Electricity generated, location-based, without transmission and distribution losses (e.g. DESNZ "UK electricity"). */
    GENERATION,
    /** Electricity consumed at the meter: generation plus transmission and distribution losses (e.g. ISPRA's consumption factor). */
    WITH_GRID_LOSSES,
    /** Fuel burnt on site, per kWh of gross calorific value (e.g. DESNZ "natural gas, kWh (gross CV)"). */
    FUEL_COMBUSTION,
    /** Heat delivered by a district network at the building. */
    DELIVERED_HEAT,
    /** An indicative average, not an official figure: replace it with the national source's. */
    INDICATIVE
}

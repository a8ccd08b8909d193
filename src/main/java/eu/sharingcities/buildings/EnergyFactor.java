package eu.sharingcities.buildings;

/** What a kWh of a carrier emits and costs in a city and year. */
public record EnergyFactor(String cityCode, int year, Carrier carrier, double kgCo2PerKwh, double eurPerKwh) {

    public EnergyFactor {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("The year must be between 2000 and 2100, not " + year + ".");
        }
        if (kgCo2PerKwh < 0 || kgCo2PerKwh >= 5) {
            throw new IllegalArgumentException("The emission factor must be between 0 and 5 kg CO2 per kWh, not " + kgCo2PerKwh + ".");
        }
        if (eurPerKwh < 0 || eurPerKwh >= 10) {
            throw new IllegalArgumentException("The price must be between 0 and 10 € per kWh, not " + eurPerKwh + ".");
        }
    }
}

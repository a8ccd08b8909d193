package eu.sharingcities.buildings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /** The factor that applies to a year: the city's latest for the carrier up to that year, else its earliest. */
    public static Optional<EnergyFactor> forYear(List<EnergyFactor> factors, String city, Carrier carrier, int year) {
        List<EnergyFactor> candidates = factors.stream().filter(f -> f.cityCode().equals(city) && f.carrier() == carrier).toList();
        return candidates.stream().filter(f -> f.year() <= year).max(Comparator.comparingInt(EnergyFactor::year))
                .or(() -> candidates.stream().min(Comparator.comparingInt(EnergyFactor::year)));
    }
}

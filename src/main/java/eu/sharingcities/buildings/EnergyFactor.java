package eu.sharingcities.buildings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a kWh of a carrier emits and costs in a city and year, with what the figure covers
 * ({@code scope}) and where it comes from ({@code source}: the publication and its year).
 */
public record EnergyFactor(String cityCode, int year, Carrier carrier, double kgCo2PerKwh, double eurPerKwh, EmissionScope scope, String source) {

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
        if (scope == null) {
            throw new IllegalArgumentException("Say what the factor covers (scope): one of " + java.util.Arrays.toString(EmissionScope.values()) + ".");
        }
        if (source == null || source.isBlank() || source.length() > 300) {
            throw new IllegalArgumentException("Name the factor's source (publication and year, up to 300 characters), e.g. "
                    + "'DESNZ GHG conversion factors 2025, UK electricity'.");
        }
        source = source.trim();
    }

    /** The factor that applies to a year: the city's latest for the carrier up to that year, else its earliest. */
    public static Optional<EnergyFactor> forYear(List<EnergyFactor> factors, String city, Carrier carrier, int year) {
        List<EnergyFactor> candidates = factors.stream().filter(f -> f.cityCode().equals(city) && f.carrier() == carrier).toList();
        return candidates.stream().filter(f -> f.year() <= year).max(Comparator.comparingInt(EnergyFactor::year))
                .or(() -> candidates.stream().min(Comparator.comparingInt(EnergyFactor::year)));
    }
}

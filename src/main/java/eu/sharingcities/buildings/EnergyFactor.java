package eu.sharingcities.buildings;

import eu.sharingcities.text.Refusal;

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
            throw new Refusal("factor.refused.year", String.valueOf(year));
        }
        if (kgCo2PerKwh < 0 || kgCo2PerKwh >= 5) {
            throw new Refusal("factor.refused.co2", kgCo2PerKwh);
        }
        if (eurPerKwh < 0 || eurPerKwh >= 10) {
            throw new Refusal("factor.refused.price", eurPerKwh);
        }
        if (scope == null) {
            throw new Refusal("factor.refused.scope", java.util.Arrays.toString(EmissionScope.values()));
        }
        if (source == null || source.isBlank() || source.length() > 300) {
            throw new Refusal("factor.refused.source");

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

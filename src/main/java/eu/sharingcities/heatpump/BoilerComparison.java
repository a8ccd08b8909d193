package eu.sharingcities.heatpump;

import java.util.ArrayList;
import java.util.List;

/**
 * What the heat pump's months emitted and cost against a gas boiler delivering the same heat:
 * the boiler burns heat / efficiency of gas; the heat pump uses its electricity (H2 boundary).
 * Factors are those of the month's year.
 */
public final class BoilerComparison {

    private BoilerComparison() {
    }

    /** The factors of a year: boiler efficiency, and CO2 (kg/kWh) and price (€/kWh) of gas and of electricity. */
    public record Factors(double boilerEfficiency, double gasKgCo2, double gasEur, double electricityKgCo2, double electricityEur) {
    }

    public record Month(String month, double heatKwh, double boilerGasKwh, double boilerKgCo2, double heatPumpKgCo2, double boilerEur,
                        double heatPumpEur, double cumulativeKgCo2Saved, double cumulativeEurSaved) {

        public double kgCo2Saved() {
            return boilerKgCo2 - heatPumpKgCo2;
        }

        public double eurSaved() {
            return boilerEur - heatPumpEur;
        }
    }

    public static List<Month> of(List<Performance> months, java.util.function.Function<String, Factors> factorsOfMonth) {
        List<Month> result = new ArrayList<>();
        double co2 = 0, eur = 0;
        for (Performance p : months) {
            Factors f = factorsOfMonth.apply(p.label());
            double gas = p.heatKwh() / f.boilerEfficiency();
            double boilerCo2 = gas * f.gasKgCo2(), pumpCo2 = p.electricityKwh() * f.electricityKgCo2();
            double boilerEur = gas * f.gasEur(), pumpEur = p.electricityKwh() * f.electricityEur();
            co2 += boilerCo2 - pumpCo2;
            eur += boilerEur - pumpEur;
            result.add(new Month(p.label(), p.heatKwh(), gas, boilerCo2, pumpCo2, boilerEur, pumpEur, co2, eur));
        }
        return result;
    }
}

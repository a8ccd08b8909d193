package eu.sharingcities.lighting.energy;

import java.time.YearMonth;

/**
 * A month of street-lighting energy: what the lamps used — measured by their meters where they
 * have readings, estimated from rated power × their group's schedule where not — against what the
 * lamps they replaced would have used, with CO2 and cost at the city's electricity factors.
 */
public record EnergyMonth(YearMonth month, double measuredKwh, double estimatedKwh, double baselineKwh, double kgCo2PerKwh, double eurPerKwh) {

    public double kwh() {
        return measuredKwh + estimatedKwh;
    }

    public double savedKwh() {
        return baselineKwh - kwh();
    }

    /** The share of the old lamps' energy no longer used; NaN without a baseline. */
    public double savingShare() {
        return baselineKwh > 0 ? savedKwh() / baselineKwh : Double.NaN;
    }

    public double kgCo2() {
        return kwh() * kgCo2PerKwh;
    }

    public double kgCo2Saved() {
        return savedKwh() * kgCo2PerKwh;
    }

    public double eur() {
        return kwh() * eurPerKwh;
    }

    public double eurSaved() {
        return savedKwh() * eurPerKwh;
    }

    EnergyMonth plus(EnergyMonth other) {
        double kwh = kwh() + other.kwh();
        double co2 = kwh > 0 ? (kgCo2() + other.kgCo2()) / kwh : kgCo2PerKwh;
        double eur = kwh > 0 ? (eur() + other.eur()) / kwh : eurPerKwh;
        return new EnergyMonth(month, measuredKwh + other.measuredKwh, estimatedKwh + other.estimatedKwh, baselineKwh + other.baselineKwh, co2, eur);
    }
}

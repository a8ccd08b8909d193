package eu.sharingcities.buildings.mv;

import org.apache.commons.math3.distribution.TDistribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * IPMVP Option C (whole building) with the CalTRACK method: checks the data, fits the baseline,
 * projects it over the reporting period's weather, and states the savings with their uncertainty
 * as ASHRAE Guideline 14 (2014) computes it.
 */
public final class MeasurementAndVerification {

    /** Guideline 14's cap on the fractional savings uncertainty, at 68 % confidence. */
    static final double MAX_UNCERTAINTY_68 = 0.5;
    /** Guideline 14 4.3.2.3: "net determination bias" of the baseline model, percent. */
    static final double MAX_NMBE_PERCENT = 0.005;

    private MeasurementAndVerification() {
    }

    /** Either the measured savings, or the reasons there can be none yet. */
    public sealed interface Outcome permits Measured, Insufficient {
    }

    public record Measured(SavingsReport report) implements Outcome {
    }

    public record Insufficient(List<String> reasons) implements Outcome {
    }

    /**
     * @param baseline   observations before the retrofit, in time order
     * @param retrofit   the first day of installation: the baseline year ends the day before
     * @param reporting  observations of the reporting period, in time order
     * @param normalYear 365 daily mean temperatures of a normal year (1 January first)
     */
    public static Outcome analyse(List<Observation> baseline, LocalDate retrofit, List<Observation> reporting, LocalDate reportingStart,
                                  LocalDate reportingEnd, double[] normalYear) {
        LocalDate baselineEnd = retrofit.minusDays(1);
        LocalDate baselineStart = baselineEnd.minusDays(DataSufficiency.BASELINE_DAYS - 1L);
        // a bill that began before the baseline year but ends in it counts, with all its days
        List<Observation> baselineYear = baseline.stream()
                .filter(o -> !o.end().isAfter(baselineEnd) && !o.end().isBefore(baselineStart)).toList();
        List<Observation> reported = reporting.stream()
                .filter(o -> !o.start().isBefore(reportingStart) && !o.end().isAfter(reportingEnd)).toList();
        DataSufficiency sufficiency = DataSufficiency.check(baselineYear, baselineEnd, reported, reportingStart, reportingEnd);
        if (!sufficiency.sufficient()) {
            return new Insufficient(sufficiency.problems());
        }
        BaselineModel model = BaselineFitter.fit(baselineYear);
        double adjusted = 0, actual = 0;
        for (Observation o : reported) {
            adjusted += model.predictedKwh(o);
            actual += o.energyKwh();
        }
        double avoided = adjusted - actual;
        double fraction = adjusted == 0 ? 0 : avoided / adjusted;
        FitStatistics stats = model.statistics();
        double fsu90 = fractionalUncertainty(stats, reported.size(), fraction, 0.90);
        double fsu68 = fractionalUncertainty(stats, reported.size(), fraction, 0.68);
        double normalised = 0;
        for (double t : normalYear) {
            normalised += model.predictedForDay(t);
        }
        List<String> misses = guideline14Misses(stats, reportingEnd.toEpochDay() - reportingStart.toEpochDay() + 1, fsu68);
        List<String> warnings = new ArrayList<>(sufficiency.warnings());
        if (model.kind() == ModelKind.INTERCEPT_ONLY) {
            warnings.add("Energy use before the retrofit did not depend on the weather in any significant way: the baseline is its mean.");
        }
        return new Measured(new SavingsReport(model, adjusted, actual, avoided, fraction * 100, fsu90, Math.abs(fsu90 * avoided), fsu68,
                normalised, misses, List.copyOf(warnings)));
    }

    /**
     * Guideline 14 Annex B (B-14), the fractional savings uncertainty at a confidence level:
     * t · 1.26 · CV · sqrt(n/n′ · (1 + 2/n′) · 1/m) / F, with n′ = n(1 − ρ)/(1 + ρ) the number of
     * independent baseline observations given the residuals' lag-1 autocorrelation ρ.
     */
    static double fractionalUncertainty(FitStatistics stats, int reportingObservations, double savingsFraction, double confidence) {
        if (savingsFraction == 0 || reportingObservations == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double n = stats.n();
        double rho = Math.max(0, stats.lag1Autocorrelation());
        double nPrime = n * (1 - rho) / (1 + rho);
        double dof = Math.max(1, nPrime - stats.parameters());
        double t = new TDistribution(null, dof).inverseCumulativeProbability(0.5 + confidence / 2);
        double cv = stats.cvRmsePercent() / 100;
        return Math.abs(t * 1.26 * cv * Math.sqrt(n / nPrime * (1 + 2 / nPrime) / reportingObservations) / savingsFraction);
    }

    /** Guideline 14's criteria for a baseline model used to report savings, in words, for each it misses. */
    static List<String> guideline14Misses(FitStatistics stats, long reportingDays, double fsu68) {
        double maxCv = reportingDays < 365 ? 20 : reportingDays <= 5 * 365 ? 25 : 30;
        List<String> misses = new ArrayList<>();
        if (stats.cvRmsePercent() > maxCv) {
            misses.add(String.format("CV(RMSE) is %.1f %%, above Guideline 14's %.0f %% for a reporting period of %d days.", stats.cvRmsePercent(),
                    maxCv, reportingDays));
        }
        if (Math.abs(stats.nmbePercent()) > MAX_NMBE_PERCENT) {
            misses.add(String.format("NMBE is %.3f %%, beyond Guideline 14's ±%.3f %%.", stats.nmbePercent(), MAX_NMBE_PERCENT));
        }
        if (fsu68 > MAX_UNCERTAINTY_68) {
            misses.add(String.format("The savings' uncertainty is %.0f %% of the savings at 68 %% confidence, above Guideline 14's 50 %%.",
                    fsu68 * 100));
        }
        return misses;
    }
}

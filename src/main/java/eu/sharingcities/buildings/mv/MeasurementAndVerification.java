package eu.sharingcities.buildings.mv;

import eu.sharingcities.text.Message;
import org.apache.commons.math3.distribution.TDistribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IPMVP Option C (whole building) with the CalTRACK 2.0 method: checks the data, fits the
 * baseline, projects it over the reporting period's weather, and states the savings with their
 * uncertainty as ASHRAE Guideline 14 (2014) Annex B computes it with CalTRACK 4.3.2.4's factor.
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

    public record Insufficient(List<Message> reasons) implements Outcome {
    }

    /**
     * @param baseline    observations before the retrofit, in time order
     * @param retrofit    the first day of installation: the baseline year ends the day before
     * @param reporting   observations of the reporting period, in time order
     * @param typicalYear the weather the normalised annual consumption is computed on
     * @param fitCooling  whether cooling terms may be fitted (not for gas and heat meters)
     */
    public static Outcome analyse(List<Observation> baseline, LocalDate retrofit, List<Observation> reporting, LocalDate reportingStart,
                                  LocalDate reportingEnd, TypicalYear typicalYear, boolean fitCooling) {
        LocalDate baselineEnd = retrofit.minusDays(1);
        List<Observation> baselineYear = baselineYear(baseline, retrofit);
        List<Observation> reported = reportingPeriod(reporting, reportingStart, reportingEnd);
        DataSufficiency sufficiency = DataSufficiency.check(baselineYear, baselineEnd, reported, reportingStart, reportingEnd);
        if (!sufficiency.sufficient()) {
            return new Insufficient(sufficiency.problems());
        }
        CalTrackSettings settings = CalTrackSettings.of(CalTrackSettings.frequencyOf(baselineYear), fitCooling);
        Optional<BaselineModel> fitted = BaselineFitter.fit(baselineYear, settings);
        if (fitted.isEmpty()) {
            return new Insufficient(List.of(Message.of("mv.model.none")));
        }
        BaselineModel model = fitted.get();
        double adjusted = 0, actual = 0;
        for (Observation o : reported) {
            adjusted += model.predictedKwh(o);
            actual += o.energyKwh();
        }
        double avoided = adjusted - actual;
        double fraction = adjusted == 0 ? 0 : avoided / adjusted;
        FitStatistics stats = model.statistics();
        ReportingLength length = ReportingLength.of(settings.frequency(), reported.size(), reportingStart, reportingEnd);
        double fsu90 = fractionalUncertainty(stats, length, fraction, 0.90);
        double fsu68 = fractionalUncertainty(stats, length, fraction, 0.68);
        double normalised = 0;
        for (double t : typicalYear.dailyMeanC()) {
            normalised += model.predictedForDay(t);
        }
        List<Message> misses = guideline14Misses(stats, reportingEnd.toEpochDay() - reportingStart.toEpochDay() + 1, fsu68);
        List<Message> warnings = new ArrayList<>(sufficiency.warnings());
        if (model.kind() == ModelKind.INTERCEPT_ONLY) {
            warnings.add(Message.of("mv.model.mean"));
        }
        return new Measured(new SavingsReport(model, settings.frequency(), adjusted, actual, avoided, fraction * 100, fsu90,
                Math.abs(fsu90 * avoided), fsu68, normalised, typicalYear.basis(), misses, List.copyOf(warnings)));
    }

    /** The observations of the baseline year: a bill that began before it but ends in it counts, with all its days. */
    public static List<Observation> baselineYear(List<Observation> baseline, LocalDate retrofit) {
        LocalDate baselineEnd = retrofit.minusDays(1);
        LocalDate baselineStart = baselineEnd.minusDays(DataSufficiency.BASELINE_DAYS - 1L);
        return baseline.stream().filter(o -> !o.end().isAfter(baselineEnd) && !o.end().isBefore(baselineStart)).toList();
    }

    /** The observations wholly inside the reporting period. */
    public static List<Observation> reportingPeriod(List<Observation> reporting, LocalDate start, LocalDate end) {
        return reporting.stream().filter(o -> !o.start().isBefore(start) && !o.end().isAfter(end)).toList();
    }

    /**
     * How long the reporting period is, as CalTRACK 4.3.2.4 counts it: m reporting observations
     * (days for daily data; for billing data OpenEEmeter counts months) and M months.
     */
    record ReportingLength(CalTrackSettings.Frequency frequency, double observations, double months) {

        static ReportingLength of(CalTrackSettings.Frequency frequency, int observations, LocalDate start, LocalDate end) {
            if (frequency == CalTrackSettings.Frequency.DAILY) {
                return new ReportingLength(frequency, observations, observations / 30.0);
            }
            double months = Math.max(1, Math.round((end.toEpochDay() - start.toEpochDay() + 1) / 30.0));
            return new ReportingLength(frequency, months, months);
        }

        /**
         * CalTRACK 4.3.2.4's empirical factor in place of Guideline 14's fixed 1.26: a·M² + b·M + d
         * with M in months; daily a = −0.00024, b = 0.03535, d = 1.00286; billing a = −0.00022,
         * b = 0.03306, d = 0.94054 (the coefficients of OpenEEmeter's {@code _compute_fsu_error}).
         */
        double correction() {
            boolean daily = frequency == CalTrackSettings.Frequency.DAILY;
            double a = daily ? -0.00024 : -0.00022, b = daily ? 0.03535 : 0.03306, d = daily ? 1.00286 : 0.94054;
            return a * months * months + b * months + d;
        }
    }

    /**
     * Guideline 14 Annex B (B-14) with CalTRACK 4.3.2.4's correction, the fractional savings
     * uncertainty at a confidence level:
     * t(n − p) · (a·M² + b·M + d) · CV · sqrt(n/n′ · (1 + 2/n′) · 1/m) / F, with n′ = n(1 − ρ)/(1 + ρ)
     * the number of independent baseline observations given the residuals' lag-1 autocorrelation ρ
     * (a negative ρ is not credited: n′ ≤ n) and F the savings as a fraction of the adjusted baseline.
     */
    static double fractionalUncertainty(FitStatistics stats, ReportingLength reporting, double savingsFraction, double confidence) {
        if (savingsFraction == 0 || reporting.observations() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double n = stats.n();
        double rho = Math.max(0, stats.lag1Autocorrelation());
        double nPrime = n * (1 - rho) / (1 + rho);
        double t = new TDistribution(null, Math.max(1, n - stats.parameters())).inverseCumulativeProbability(0.5 + confidence / 2);
        double cv = stats.cvRmsePercent() / 100;
        return Math.abs(t * reporting.correction() * cv * Math.sqrt(n / nPrime * (1 + 2 / nPrime) / reporting.observations()) / savingsFraction);
    }

    /** Guideline 14's criteria for a baseline model used to report savings, in words, for each it misses. */
    static List<Message> guideline14Misses(FitStatistics stats, long reportingDays, double fsu68) {
        double maxCv = reportingDays < 365 ? 20 : reportingDays <= 5 * 365 ? 25 : 30;
        List<Message> misses = new ArrayList<>();
        if (stats.cvRmsePercent() > maxCv) {
            misses.add(Message.of("mv.g14.cvrmse", stats.cvRmsePercent(), maxCv, reportingDays));
        }
        if (Math.abs(stats.nmbePercent()) > MAX_NMBE_PERCENT) {
            misses.add(Message.of("mv.g14.nmbe", stats.nmbePercent(), MAX_NMBE_PERCENT));
        }
        if (fsu68 > MAX_UNCERTAINTY_68) {
            misses.add(Message.of("mv.g14.uncertainty", fsu68 * 100));
        }
        return misses;
    }
}

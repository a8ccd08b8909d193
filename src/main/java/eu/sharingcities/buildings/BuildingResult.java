package eu.sharingcities.buildings;

import eu.sharingcities.buildings.mv.MeasurementAndVerification.Outcome;
import eu.sharingcities.buildings.mv.Observation;
import eu.sharingcities.buildings.mv.SavingsReport;
import eu.sharingcities.text.Message;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Measurement and verification of one retrofitted building: each meter's own analysis and, when
 * every meter could be analysed, the building's totals (uncertainties of independent meters add
 * in quadrature). {@code days} carries the baseline-vs-actual series for the chart.
 */
public record BuildingResult(RetrofitProject project, List<MeterResult> meters, Optional<Totals> totals, List<Message> problems,
                             List<Day> days) {

    public BuildingResult {
        meters = List.copyOf(meters);
        problems = List.copyOf(problems);
        days = List.copyOf(days);
    }

    /**
     * One meter's analysis, with the observations it used (baseline and reporting) and the
     * periods left out of them, said in words.
     */
    public record MeterResult(Meter meter, Outcome outcome, List<Observation> baseline, List<Observation> reporting, List<String> leftOut) {

        public MeterResult {
            baseline = List.copyOf(baseline);
            reporting = List.copyOf(reporting);
            leftOut = List.copyOf(leftOut);
        }

        public Optional<SavingsReport> report() {
            return outcome instanceof eu.sharingcities.buildings.mv.MeasurementAndVerification.Measured m ? Optional.of(m.report()) : Optional.empty();
        }
    }

    /**
     * The building's savings over the reporting period, all meters together, in kWh of delivered
     * energy: carriers are added as they are metered (no primary-energy weighting); each carrier's
     * own figures are in {@link #byCarrier()}.
     */
    public record Totals(double adjustedBaselineKwh, double reportingKwh, double avoidedKwh, double savingsPercent,
                         double avoidedUncertaintyKwh90, boolean meetsGuideline14) {

        public double fractionalUncertainty90() {
            return avoidedKwh == 0 ? Double.NaN : avoidedUncertaintyKwh90 / Math.abs(avoidedKwh);
        }
    }

    /**
     * A day of the chart, all meters with daily data together: what the building used and what
     * the baseline model says it would have used, with the 90 % band of a single day's prediction.
     */
    public record Day(LocalDate day, double actualKwh, double baselineKwh, double bandLowKwh, double bandHighKwh, boolean reporting) {
    }

    /** Each carrier's own savings: its meters' adjusted baseline, reporting energy and avoided energy with its 90 % uncertainty. */
    public record CarrierTotals(Carrier carrier, double adjustedBaselineKwh, double reportingKwh, double avoidedKwh, double savingsPercent,
                                double avoidedUncertaintyKwh90) {
    }

    /** The savings per carrier, when every meter could be analysed. */
    public List<CarrierTotals> byCarrier() {
        if (!measured()) {
            return List.of();
        }
        java.util.Map<Carrier, double[]> sums = new java.util.EnumMap<>(Carrier.class); // adjusted, reporting, avoided, variance
        for (MeterResult m : meters) {
            SavingsReport r = m.report().orElseThrow();
            double[] sum = sums.computeIfAbsent(m.meter().carrier(), c -> new double[4]);
            sum[0] += r.adjustedBaselineKwh();
            sum[1] += r.reportingKwh();
            sum[2] += r.avoidedKwh();
            sum[3] += r.avoidedUncertaintyKwh90() * r.avoidedUncertaintyKwh90();
        }
        return sums.entrySet().stream().map(e -> new CarrierTotals(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                e.getValue()[0] == 0 ? 0 : 100 * e.getValue()[2] / e.getValue()[0], Math.sqrt(e.getValue()[3]))).toList();
    }

    public boolean measured() {
        return totals.isPresent();
    }
}

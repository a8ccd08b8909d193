package eu.sharingcities.buildings;

import eu.sharingcities.buildings.mv.MeasurementAndVerification.Outcome;
import eu.sharingcities.buildings.mv.SavingsReport;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Measurement and verification of one retrofitted building: each meter's own analysis and, when
 * every meter could be analysed, the building's totals (uncertainties of independent meters add
 * in quadrature). {@code days} carries the baseline-vs-actual series for the chart.
 */
public record BuildingResult(RetrofitProject project, List<MeterResult> meters, Optional<Totals> totals, List<String> problems,
                             List<Day> days) {

    public BuildingResult {
        meters = List.copyOf(meters);
        problems = List.copyOf(problems);
        days = List.copyOf(days);
    }

    public record MeterResult(Meter meter, Outcome outcome) {

        public Optional<SavingsReport> report() {
            return outcome instanceof eu.sharingcities.buildings.mv.MeasurementAndVerification.Measured m ? Optional.of(m.report()) : Optional.empty();
        }
    }

    /** The building's savings over the reporting period, all meters together, in kWh. */
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

    public boolean measured() {
        return totals.isPresent();
    }
}

package eu.sharingcities.buildings.mv;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MeasurementAndVerificationTest {

    private static final LocalDate RETROFIT = LocalDate.of(2025, 3, 1);
    private static final LocalDate REPORTING_START = RETROFIT.plusDays(60); // two months of works
    private static final LocalDate REPORTING_END = REPORTING_START.plusDays(364);

    @Test
    void aSixtyPercentSavingIsRecoveredWithinOnePercentagePoint() {
        SavingsReport report = measured(0.40);

        assertThat(report.savingsPercent()).isCloseTo(60, within(1.0));
        // CalTRACK 2.0 has no p-value screen: noise may buy a cooling term, but it adds under 10 % of the 50 kWh base load on
        // the test climate's hottest day (24 °C)
        assertThat(report.model().kind()).isIn(ModelKind.HDD, ModelKind.HDD_CDD);
        assertThat(report.model().coolingSlope() * Math.max(0, 24 - report.model().coolingBalancePointC())).isLessThan(5);
        assertThat(report.model().heatingBalancePointC()).isCloseTo(16, within(1.0)); // the 3 °F grid: 15.6 °C
        assertThat(report.model().heatingSlope()).isCloseTo(8, within(0.5));
        assertThat(report.fractionalUncertainty90()).isPositive().isLessThan(0.05);
        assertThat(report.avoidedUncertaintyKwh90()).isCloseTo(report.fractionalUncertainty90() * report.avoidedKwh(), within(1e-6));
        assertThat(report.meetsGuideline14()).as(report.guideline14Misses().toString()).isTrue();
    }

    @Test
    void noSavingIsMeasuredAsNoneWithinOnePercentagePoint() {
        SavingsReport report = measured(1.0);

        assertThat(report.savingsPercent()).isCloseTo(0, within(1.0));
        assertThat(report.fractionalUncertainty68()).as("savings near zero cannot be told from noise").isGreaterThan(0.5);
        assertThat(report.guideline14Misses()).anySatisfy(miss -> assertThat(miss.english()).contains("uncertainty"));
    }

    @Test
    void monthlyBillsGiveTheSameSavingWithTheBillingPeriodVariant() {
        List<Observation> days = new ArrayList<>(building(RETROFIT.minusDays(400), RETROFIT.minusDays(1), 1.0, 7));
        List<Observation> after = building(REPORTING_START, REPORTING_END, 0.40, 8);

        var outcome = MeasurementAndVerification.analyse(bills(days), RETROFIT, bills(after), REPORTING_START, REPORTING_END, normalYear(), true);

        SavingsReport report = ((MeasurementAndVerification.Measured) outcome).report();
        assertThat(report.savingsPercent()).isCloseTo(60, within(1.0));
        assertThat(report.model().statistics().n()).as("about thirteen bills in the baseline year").isBetween(11, 13);
    }

    @Test
    void tooLittleBaselineGivesReasonsInWordsAndNoNumber() {
        List<Observation> baseline = building(RETROFIT.minusDays(200), RETROFIT.minusDays(1), 1.0, 1);
        List<Observation> reporting = building(REPORTING_START, REPORTING_END, 0.5, 2);

        var outcome = MeasurementAndVerification.analyse(baseline, RETROFIT, reporting, REPORTING_START, REPORTING_END, normalYear(), true);

        assertThat(outcome).isInstanceOf(MeasurementAndVerification.Insufficient.class);
        assertThat(((MeasurementAndVerification.Insufficient) outcome).reasons()).singleElement().asString()
                .contains("Only 200 of the baseline year’s 365 days").contains("at least 90 %").contains("Import older meter data");
    }

    @Test
    void aMissingFirstDayDoesNotRefuseABaselineWhoseCoverageHolds() {
        // the baseline year less its first 20 days: 345 of 365 days (94.5 %) — CalTRACK asks 90 % coverage, not the first day
        List<Observation> baseline = building(RETROFIT.minusDays(345), RETROFIT.minusDays(1), 1.0, 1);
        List<Observation> reporting = building(REPORTING_START, REPORTING_END, 0.5, 2);

        var outcome = MeasurementAndVerification.analyse(baseline, RETROFIT, reporting, REPORTING_START, REPORTING_END, normalYear(), true);

        assertThat(outcome).isInstanceOf(MeasurementAndVerification.Measured.class);
        assertThat(((MeasurementAndVerification.Measured) outcome).report().savingsPercent()).isCloseTo(50, within(1.5));
    }

    @Test
    void noReportingDataYetIsSaidSo() {
        List<Observation> baseline = building(RETROFIT.minusDays(400), RETROFIT.minusDays(1), 1.0, 1);

        var outcome = MeasurementAndVerification.analyse(baseline, RETROFIT, List.of(), REPORTING_START, REPORTING_END, normalYear(), true);

        assertThat(((MeasurementAndVerification.Insufficient) outcome).reasons()).singleElement().asString().contains("no data after the retrofit");
    }

    @Test
    void weatherIndependentUseIsMeasuredWithoutAWeatherTermOfAnyWeight() {
        Random noise = new Random(3);
        List<Observation> flat = new ArrayList<>();
        for (LocalDate d = RETROFIT.minusDays(365); d.isBefore(RETROFIT); d = d.plusDays(1)) {
            flat.add(Observation.daily(d, 100 + noise.nextGaussian() * 5, temperature(d)));
        }
        List<Observation> after = new ArrayList<>();
        for (LocalDate d = REPORTING_START; !d.isAfter(REPORTING_END); d = d.plusDays(1)) {
            after.add(Observation.daily(d, 70 + noise.nextGaussian() * 5, temperature(d)));
        }

        SavingsReport report = ((MeasurementAndVerification.Measured) MeasurementAndVerification.analyse(flat, RETROFIT, after,
                REPORTING_START, REPORTING_END, normalYear(), true)).report();

        assertThat(report.savingsPercent()).isCloseTo(30, within(1.0));
        // whatever term the noise buys (no p-value screen in CalTRACK 2.0), it moves the coldest and the warmest day by under 3 %
        BaselineModel model = report.model();
        assertThat(Math.abs(model.predictedForDay(-2) - model.predictedForDay(25))).isLessThan(3);
    }

    @Test
    void useThatNoDegreeDayModelCanExplainGetsTheInterceptOnlyModelAndAWarning() {
        // a building in a climate where every day is 35 °C (above every balance point, no degree-day term can vary)
        Random noise = new Random(3);
        List<Observation> flat = new ArrayList<>(), after = new ArrayList<>();
        for (LocalDate d = RETROFIT.minusDays(365); d.isBefore(RETROFIT); d = d.plusDays(1)) {
            flat.add(Observation.daily(d, 100 + noise.nextGaussian() * 5, 35));
        }
        for (LocalDate d = REPORTING_START; !d.isAfter(REPORTING_END); d = d.plusDays(1)) {
            after.add(Observation.daily(d, 70 + noise.nextGaussian() * 5, 35));
        }

        SavingsReport report = ((MeasurementAndVerification.Measured) MeasurementAndVerification.analyse(flat, RETROFIT, after,
                REPORTING_START, REPORTING_END, normalYear(), false)).report();

        assertThat(report.model().kind()).isEqualTo(ModelKind.INTERCEPT_ONLY);
        assertThat(report.savingsPercent()).isCloseTo(30, within(1.0));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.english()).contains("did not depend on the weather"));
        assertThat(report.normalisedAnnualKwh()).isCloseTo(365 * report.model().intercept(), within(1e-6));
        assertThat(report.normalYearBasis()).isEqualTo("the test's typical year");
    }

    private static SavingsReport measured(double reportingShare) {
        List<Observation> baseline = building(RETROFIT.minusDays(400), RETROFIT.minusDays(1), 1.0, 1);
        List<Observation> reporting = building(REPORTING_START, REPORTING_END, reportingShare, 2);
        var outcome = MeasurementAndVerification.analyse(baseline, RETROFIT, reporting, REPORTING_START, REPORTING_END, normalYear(), true);
        assertThat(outcome).isInstanceOf(MeasurementAndVerification.Measured.class);
        return ((MeasurementAndVerification.Measured) outcome).report();
    }

    /** Daily use of a heated building, 50 kWh base plus 8 kWh per heating degree day below 16 °C, times {@code share}, with meter noise. */
    private static List<Observation> building(LocalDate from, LocalDate to, double share, long seed) {
        Random noise = new Random(seed);
        List<Observation> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            double t = temperature(d);
            days.add(Observation.daily(d, share * (50 + 8 * Math.max(0, 16 - t)) + noise.nextGaussian() * 3, t));
        }
        return days;
    }

    private static double temperature(LocalDate d) {
        return 12 - 9 * Math.cos(2 * Math.PI * (d.getDayOfYear() - 20) / 365.0) + 3 * Math.sin(d.toEpochDay() * 0.7);
    }

    private static TypicalYear normalYear() {
        double[] year = new double[365];
        for (int i = 0; i < 365; i++) {
            year[i] = 12 - 9 * Math.cos(2 * Math.PI * (i + 1 - 20) / 365.0);
        }
        return new TypicalYear(year, 30, "the test's typical year");
    }

    /** Daily observations gathered into bills of 28 to 33 days. */
    private static List<Observation> bills(List<Observation> days) {
        List<Observation> bills = new ArrayList<>();
        int[] lengths = {30, 31, 28, 33, 30, 31, 29, 32};
        for (int i = 0, k = 0; i < days.size(); k++) {
            int length = Math.min(lengths[k % lengths.length], days.size() - i);
            double energy = 0;
            double[] temperatures = new double[length];
            for (int j = 0; j < length; j++) {
                energy += days.get(i + j).energyKwh();
                temperatures[j] = days.get(i + j).dailyMeanTemperaturesC()[0];
            }
            bills.add(new Observation(days.get(i).start(), length, energy, temperatures));
            i += length;
        }
        return bills;
    }
}

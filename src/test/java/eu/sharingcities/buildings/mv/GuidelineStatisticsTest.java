package eu.sharingcities.buildings.mv;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Guideline 14's measures against a series small enough to work out by hand (worked in the comments). */
class GuidelineStatisticsTest {

    // y = 3, 5, 7, 10 at x = 1, 2, 3, 4. Least squares: slope = Sxy/Sxx = 11.5/5 = 2.3, intercept = 6.25 − 2.3·2.5 = 0.5;
    // fitted 2.8, 5.1, 7.4, 9.7; residuals 0.2, −0.1, −0.4, 0.3; SSE = 0.30; SST = 26.75; n − p = 2.
    private static final double[] X = {1, 2, 3, 4};
    private static final double[] Y = {3, 5, 7, 10};
    private static final double[] ONES = {1, 1, 1, 1};

    @Test
    void leastSquaresAndGuideline14MeasuresEqualTheHandCalculation() {
        WeightedLeastSquares.Fit fit = WeightedLeastSquares.fit(new double[][]{{1}, {2}, {3}, {4}}, Y, ONES).orElseThrow();
        assertThat(fit.coefficients()[0]).isCloseTo(0.5, within(1e-12));
        assertThat(fit.coefficients()[1]).isCloseTo(2.3, within(1e-12));

        FitStatistics stats = GuidelineStatistics.of(Y, fit.fitted(), ONES, 2);

        assertThat(stats.rSquared()).isCloseTo(1 - 0.30 / 26.75, within(1e-12));             // 0.988785
        assertThat(stats.adjustedRSquared()).isCloseTo(1 - (0.30 / 26.75) * 3 / 2, within(1e-12)); // 0.983178
        assertThat(stats.cvRmsePercent()).isCloseTo(Math.sqrt(0.30 / 2) / 6.25 * 100, within(1e-9)); // 6.1968 %
        assertThat(stats.nmbePercent()).isCloseTo(0, within(1e-9));                           // Σ residuals = 0
        assertThat(stats.lag1Autocorrelation()).isCloseTo((-0.02 + 0.04 - 0.12) / 0.30, within(1e-9)); // −1/3
    }

    /**
     * CalTRACK 4.3.2.4 replaces Guideline 14's fixed 1.26 with a·M² + b·M + d (M months of
     * reporting): daily −0.00024·25 + 0.03535·5 + 1.00286 = 1.17361 at five months,
     * −0.00024·144 + 0.03535·12 + 1.00286 = 1.3925 at twelve.
     */
    @Test
    void theUncertaintyFactorGrowsWithTheReportingPeriodAsCalTrackSays() {
        assertThat(MeasurementAndVerification.ReportingLength.of(CalTrackSettings.Frequency.DAILY, 150, null, null).correction())
                .isCloseTo(1.17361, within(1e-9));
        assertThat(MeasurementAndVerification.ReportingLength.of(CalTrackSettings.Frequency.DAILY, 360, null, null).correction())
                .isCloseTo(1.3925, within(1e-9));
    }

    @Test
    void fractionalSavingsUncertaintyFollowsAnnexBWithCalTracksFactor() {
        // daily: n = 365, p = 2, CV = 10 %, ρ = 0.2 → n′ = 365 · 0.8 / 1.2 = 243.333; m = 150 days → M = 5, factor 1.17361;
        // t(0.95, 363) = 1.6490621 (scipy.stats.t.ppf); F = 30 %:
        // FSU = 1.6490621 · 1.17361 · 0.10 · sqrt(365/243.333 · (1 + 2/243.333) / 150) / 0.3 = 0.0647764
        FitStatistics daily = new FitStatistics(365, 2, 0.9, 0.9, 10, 0, 0.2);
        var fiveMonths = MeasurementAndVerification.ReportingLength.of(CalTrackSettings.Frequency.DAILY, 150, null, null);
        assertThat(MeasurementAndVerification.fractionalUncertainty(daily, fiveMonths, 0.3, 0.90)).isCloseTo(0.0647764, within(1e-6));

        // billing: 12 bills, p = 2, CV = 5 %, ρ = 0 (n′ = n); a year of reporting → M = m = round(365/30) = 12 months;
        // factor −0.00022·144 + 0.03306·12 + 0.94054 = 1.30558; t(0.95, 10) = 1.8124611; F = 40 %:
        // FSU = 1.8124611 · 1.30558 · 0.05 · sqrt(1 · (1 + 2/12) / 12) / 0.4 = 0.0922285
        FitStatistics billing = new FitStatistics(12, 2, 0.95, 0.94, 5, 0, 0);
        var year = MeasurementAndVerification.ReportingLength.of(CalTrackSettings.Frequency.BILLING, 12, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31));
        assertThat(year.months()).isEqualTo(12);
        assertThat(MeasurementAndVerification.fractionalUncertainty(billing, year, 0.4, 0.90)).isCloseTo(0.0922285, within(1e-6));
    }

    /**
     * A billing fit: usage per day 3, 5, 7, 10 at x = 1…4 over periods of 1, 1, 1 and 3 days,
     * weighted by days: slope 2.375, intercept 0.375 (worked below), fitted per day 2.75, 5.125,
     * 7.5, 9.875. Per period the energy is 3, 5, 7, 30 against 2.75, 5.125, 7.5, 29.625: residuals
     * 0.25, −0.125, −0.5, 0.375, which add up to 0, so NMBE on energy is 0; SSE = 0.0625 + 0.015625
     * + 0.25 + 0.140625 = 0.46875, Ē = 45/4 = 11.25, CV(RMSE) = sqrt(0.46875/2)/11.25 = 4.3033 %.
     * On unweighted usage per day the residuals add up to −0.25: NMBE −0.25/(2 · 6.25) = −2 %, which
     * failed Guideline 14's ±0.005 % for a model that fits its bills without bias.
     */
    @Test
    void nmbeAndCvRmseOfABillingModelAreTakenOnTheEnergyOfEachPeriod() {
        double[] days = {1, 1, 1, 3};
        WeightedLeastSquares.Fit fit = WeightedLeastSquares.fit(new double[][]{{1}, {2}, {3}, {4}}, Y, days).orElseThrow();

        FitStatistics stats = GuidelineStatistics.of(Y, fit.fitted(), days, 2);

        assertThat(stats.nmbePercent()).isCloseTo(0, within(1e-9));
        assertThat(stats.cvRmsePercent()).isCloseTo(Math.sqrt(0.46875 / 2) / 11.25 * 100, within(1e-9));
        // residuals 0.25, −0.125, −0.5, 0.375: Σ e(i)·e(i−1) = −0.03125 + 0.0625 − 0.1875 = −0.15625; ρ = −0.15625/0.46875 = −1/3
        assertThat(stats.lag1Autocorrelation()).isCloseTo(-1.0 / 3, within(1e-9));
    }

    @Test
    void weightsCountBillingPeriodsByTheirDays() {
        // the same points, the last one weighted 3: the fit leans towards it
        double[] weights = {1, 1, 1, 3};
        WeightedLeastSquares.Fit fit = WeightedLeastSquares.fit(new double[][]{{1}, {2}, {3}, {4}}, Y, weights).orElseThrow();
        // Sxx = 4+1+0+3 = 8; Sxy = (−2)(−4.5) + (−1)(−2.5) + 0 + 3·(1)(2.5) = 9 + 2.5 + 7.5 = 19 → slope 2.375, intercept 7.5 − 7.125 = 0.375
        assertThat(fit.coefficients()[1]).isCloseTo(2.375, within(1e-12));
        assertThat(fit.coefficients()[0]).isCloseTo(0.375, within(1e-12));
    }
}

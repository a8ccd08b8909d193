package eu.sharingcities.buildings.mv;

import org.junit.jupiter.api.Test;

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

    @Test
    void fractionalSavingsUncertaintyFollowsAnnexB() {
        // n = 4, p = 2, CV = 6.1968 %, ρ = −1/3 counts as 0 (n′ = n), m = 4 reporting points, F = 50 % saved;
        // t(0.95, 2 dof) = 2.919986: FSU = 2.919986 · 1.26 · 0.061968 · sqrt(1 · 1.5 · 0.25) / 0.5 = 0.27923
        FitStatistics stats = new FitStatistics(4, 2, 0.988785, 0.983178, Math.sqrt(0.15) / 6.25 * 100, 0, -1.0 / 3);
        assertThat(MeasurementAndVerification.fractionalUncertainty(stats, 4, 0.5, 0.90)).isCloseTo(0.27923, within(1e-4));

        // with residuals correlated at ρ = 0.5: n′ = 4 · 0.5 / 1.5 = 4/3, dof = max(1, 4/3 − 2) = 1, t(0.95, 1) = 6.313752;
        // FSU = 6.313752 · 1.26 · 0.061968 · sqrt(3 · 2.5 · 0.25) / 0.5 = 1.35006
        FitStatistics correlated = new FitStatistics(4, 2, 0.988785, 0.983178, Math.sqrt(0.15) / 6.25 * 100, 0, 0.5);
        assertThat(MeasurementAndVerification.fractionalUncertainty(correlated, 4, 0.5, 0.90)).isCloseTo(1.35006, within(1e-4));
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

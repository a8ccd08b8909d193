package eu.sharingcities.buildings.mv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * CalTRACK 2.0's candidate-model selection for daily or billing data (3.3, 3.4): intercept-only,
 * HDD, CDD and HDD+CDD models over the grid of balance points of {@link CalTrackSettings}; a
 * degree-day term is tried only where the baseline has enough degree days at that balance point;
 * a candidate qualifies when its intercept is not negative and its slopes are positive (and
 * within the p-value setting); the qualifying candidate with the highest adjusted R² wins.
 * Observations are usage per day weighted by their days (3.4.2, billing periods by length).
 */
public final class BaselineFitter {

    private BaselineFitter() {
    }

    /** The best qualifying model, or empty when none qualifies (e.g. every candidate's intercept is negative). */
    public static Optional<BaselineModel> fit(List<Observation> baseline, CalTrackSettings settings) {
        int n = baseline.size();
        double[] y = new double[n], w = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = baseline.get(i).usagePerDay();
            w[i] = baseline.get(i).days();
        }
        List<Candidate> candidates = new ArrayList<>();
        qualifying(ModelKind.INTERCEPT_ONLY, new double[n][0], y, w, 0, 0, settings).ifPresent(candidates::add);
        List<double[]> hdds = new ArrayList<>(), cdds = new ArrayList<>();
        for (double heat : settings.balancePointsC()) {
            double[] hdd = degreeDays(baseline, heat, true);
            boolean enough = enoughDegreeDays(hdd, w, settings);
            hdds.add(enough ? hdd : null);
            if (enough) {
                qualifying(ModelKind.HDD, columns(hdd), y, w, heat, 0, settings).ifPresent(candidates::add);
            }
        }
        if (settings.fitCooling()) {
            for (double cool : settings.balancePointsC()) {
                double[] cdd = degreeDays(baseline, cool, false);
                boolean enough = enoughDegreeDays(cdd, w, settings);
                cdds.add(enough ? cdd : null);
                if (enough) {
                    qualifying(ModelKind.CDD, columns(cdd), y, w, 0, cool, settings).ifPresent(candidates::add);
                }
            }
        }
        List<Double> points = settings.balancePointsC();
        for (int h = 0; h < hdds.size(); h++) {
            for (int c = 0; c < cdds.size(); c++) {
                if (hdds.get(h) != null && cdds.get(c) != null && points.get(c) >= points.get(h)) {
                    qualifying(ModelKind.HDD_CDD, columns(hdds.get(h), cdds.get(c)), y, w, points.get(h), points.get(c), settings)
                            .ifPresent(candidates::add);
                }
            }
        }
        return candidates.stream().max(Comparator.comparingDouble(c -> c.adjustedRSquared(y, w))).map(c -> c.toModel(y, w));
    }

    /** The fit, if it qualifies under CalTRACK 3.4.3.2: intercept not negative, slopes positive and within the p-value setting. */
    private static Optional<Candidate> qualifying(ModelKind kind, double[][] x, double[] y, double[] w, double heat, double cool,
                                                  CalTrackSettings settings) {
        return WeightedLeastSquares.fit(x, y, w)
                .filter(f -> {
                    if (f.coefficients()[0] < 0) {
                        return false;
                    }
                    for (int j = 1; j < f.coefficients().length; j++) {
                        if (f.coefficients()[j] <= 0) {
                            return false;
                        }
                    }
                    // CalTRACK 2.0 sets no p-value limit (1): the t distribution is only consulted when a stricter one is set
                    return settings.maximumSlopePValue() >= 1 || Arrays.stream(f.pValues()).skip(1).allMatch(p -> p <= settings.maximumSlopePValue());
                })
                .map(f -> new Candidate(kind, f, heat, cool));
    }

    private static double[] degreeDays(List<Observation> observations, double balancePointC, boolean heating) {
        double[] dd = new double[observations.size()];
        for (int i = 0; i < dd.length; i++) {
            Observation o = observations.get(i);
            dd[i] = heating ? o.heatingDegreeDaysPerDay(balancePointC) : o.coolingDegreeDaysPerDay(balancePointC);
        }
        return dd;
    }

    /** CalTRACK 3.2.2.2: enough observations with degree days, and enough degree days in all (per-day values times days). */
    private static boolean enoughDegreeDays(double[] ddPerDay, double[] days, CalTrackSettings settings) {
        int nonZero = 0;
        double total = 0;
        for (int i = 0; i < ddPerDay.length; i++) {
            if (ddPerDay[i] > 0) {
                nonZero++;
            }
            total += ddPerDay[i] * days[i];
        }
        return nonZero >= settings.minimumDaysWithDegreeDays() && total >= settings.minimumTotalDegreeDays();
    }

    private static double[][] columns(double[]... columns) {
        double[][] x = new double[columns[0].length][columns.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                x[i][j] = columns[j][i];
            }
        }
        return x;
    }

    private record Candidate(ModelKind kind, WeightedLeastSquares.Fit fit, double heatingBalancePointC, double coolingBalancePointC) {

        double adjustedRSquared(double[] y, double[] w) {
            return GuidelineStatistics.adjustedRSquared(GuidelineStatistics.rSquared(y, fit.fitted(), w), y.length, fit.coefficients().length);
        }

        BaselineModel toModel(double[] y, double[] w) {
            double[] b = fit.coefficients();
            double heatingSlope = kind == ModelKind.HDD || kind == ModelKind.HDD_CDD ? b[1] : 0;
            double coolingSlope = kind == ModelKind.CDD ? b[1] : kind == ModelKind.HDD_CDD ? b[2] : 0;
            double[] p = fit.pValues();
            double heatingP = kind == ModelKind.HDD || kind == ModelKind.HDD_CDD ? p[1] : Double.NaN;
            double coolingP = kind == ModelKind.CDD ? p[1] : kind == ModelKind.HDD_CDD ? p[2] : Double.NaN;
            FitStatistics statistics = GuidelineStatistics.of(y, fit.fitted(), w, b.length);
            return new BaselineModel(kind, b[0], heatingSlope, heatingSlope != 0 ? heatingBalancePointC : 0, coolingSlope,
                    coolingSlope != 0 ? coolingBalancePointC : 0, heatingP, coolingP, statistics);
        }
    }
}

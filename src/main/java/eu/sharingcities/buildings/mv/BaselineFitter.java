package eu.sharingcities.buildings.mv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CalTRACK's candidate-model selection for daily or billing data: intercept-only, HDD, CDD and
 * HDD+CDD models over a grid of balance points; a degree-day slope is kept only when it is positive
 * and significant (p &lt; 0.1) and enough observations have degree days at that balance point; the
 * qualifying model with the highest adjusted R² wins.
 */
public final class BaselineFitter {

    static final double SIGNIFICANCE = 0.1;
    static final int MIN_OBSERVATIONS_WITH_DEGREE_DAYS = 10;
    private static final double HEATING_FROM_C = 8, HEATING_TO_C = 21, COOLING_FROM_C = 16, COOLING_TO_C = 28, STEP_C = 1;

    private BaselineFitter() {
    }

    public static BaselineModel fit(List<Observation> baseline) {
        int n = baseline.size();
        double[] y = new double[n], w = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = baseline.get(i).usagePerDay();
            w[i] = baseline.get(i).days();
        }
        List<Candidate> candidates = new ArrayList<>();
        WeightedLeastSquares.fit(new double[n][0], y, w)
                .ifPresent(f -> candidates.add(new Candidate(ModelKind.INTERCEPT_ONLY, f, 0, 0)));
        List<double[]> hdds = new ArrayList<>(), cdds = new ArrayList<>();
        for (double heat = HEATING_FROM_C; heat <= HEATING_TO_C; heat += STEP_C) {
            double[] hdd = degreeDays(baseline, heat, true);
            hdds.add(enoughDegreeDays(hdd) ? hdd : null);
            if (enoughDegreeDays(hdd)) {
                fitQualifying(ModelKind.HDD, columns(hdd), y, w, heat, 0).ifPresent(candidates::add);
            }
        }
        for (double cool = COOLING_FROM_C; cool <= COOLING_TO_C; cool += STEP_C) {
            double[] cdd = degreeDays(baseline, cool, false);
            cdds.add(enoughDegreeDays(cdd) ? cdd : null);
            if (enoughDegreeDays(cdd)) {
                fitQualifying(ModelKind.CDD, columns(cdd), y, w, 0, cool).ifPresent(candidates::add);
            }
        }
        for (int h = 0; h < hdds.size(); h++) {
            double heat = HEATING_FROM_C + h * STEP_C;
            for (int c = 0; c < cdds.size(); c++) {
                double cool = COOLING_FROM_C + c * STEP_C;
                if (hdds.get(h) != null && cdds.get(c) != null && cool >= heat) {
                    fitQualifying(ModelKind.HDD_CDD, columns(hdds.get(h), cdds.get(c)), y, w, heat, cool).ifPresent(candidates::add);
                }
            }
        }
        Candidate best = candidates.stream().max((a, b) -> Double.compare(a.adjustedRSquared(y, w), b.adjustedRSquared(y, w)))
                .orElseThrow(() -> new IllegalArgumentException("no model can be fitted to " + n + " observations"));
        return best.toModel(baseline, y, w);
    }

    /** The fit, if every degree-day slope is positive and significant. */
    private static Optional<Candidate> fitQualifying(ModelKind kind, double[][] x, double[] y, double[] w, double heat, double cool) {
        return WeightedLeastSquares.fit(x, y, w)
                .filter(f -> {
                    for (int j = 1; j < f.coefficients().length; j++) {
                        if (f.coefficients()[j] <= 0 || f.pValues()[j] >= SIGNIFICANCE) {
                            return false;
                        }
                    }
                    return true;
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

    private static boolean enoughDegreeDays(double[] dd) {
        int nonZero = 0;
        for (double d : dd) {
            if (d > 0) {
                nonZero++;
            }
        }
        return nonZero >= MIN_OBSERVATIONS_WITH_DEGREE_DAYS;
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

        BaselineModel toModel(List<Observation> baseline, double[] y, double[] w) {
            double[] b = fit.coefficients();
            double heatingSlope = kind == ModelKind.HDD || kind == ModelKind.HDD_CDD ? b[1] : 0;
            double coolingSlope = kind == ModelKind.CDD ? b[1] : kind == ModelKind.HDD_CDD ? b[2] : 0;
            FitStatistics statistics = GuidelineStatistics.of(y, fit.fitted(), w, b.length);
            return new BaselineModel(kind, b[0], heatingSlope, heatingSlope != 0 ? heatingBalancePointC : 0, coolingSlope,
                    coolingSlope != 0 ? coolingBalancePointC : 0, statistics);
        }
    }
}

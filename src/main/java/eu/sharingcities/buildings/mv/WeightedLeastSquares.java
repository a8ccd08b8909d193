package eu.sharingcities.buildings.mv;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.Optional;

/**
 * y = b0 + b1·x1 + … by weighted least squares (weights: days per observation, so billing periods
 * of different lengths count by their length), with each coefficient's two-sided p-value.
 * Solved from the normal equations with Commons Math's LU decomposition.
 */
final class WeightedLeastSquares {

    /**
     * Coefficients (intercept first) and the fitted values; the p-values are worked out when asked
     * for (a t distribution per fit would dominate a balance-point search that needs none).
     */
    record Fit(double[] coefficients, double[] fitted, RealMatrix inverse, double weightedSse) {

        /** Each coefficient's two-sided p-value (t with n − p degrees of freedom). */
        double[] pValues() {
            int p = coefficients.length, dof = fitted.length - p;
            RealMatrix covariance = inverse.scalarMultiply(weightedSse / dof);
            TDistribution t = new TDistribution(null, dof);
            double[] pValues = new double[p];
            for (int j = 0; j < p; j++) {
                double se = Math.sqrt(Math.max(0, covariance.getEntry(j, j)));
                pValues[j] = se == 0 ? (coefficients[j] == 0 ? 1 : 0) : 2 * t.cumulativeProbability(-Math.abs(coefficients[j] / se));
            }
            return pValues;
        }
    }

    private WeightedLeastSquares() {
    }

    /** Empty when the regressors are collinear (e.g. a balance point no day crosses) or there are too few observations. */
    static Optional<Fit> fit(double[][] regressors, double[] y, double[] weights) {
        int n = y.length, p = (regressors.length == 0 ? 0 : regressors[0].length) + 1;
        if (n <= p) {
            return Optional.empty();
        }
        // normal equations: p is at most 3, so XᵀWX is tiny and forming it is one pass over the data
        double[][] xtwx = new double[p][p];
        double[] xtwy = new double[p];
        double[] row = new double[p];
        for (int i = 0; i < n; i++) {
            row[0] = 1;
            for (int j = 1; j < p; j++) {
                row[j] = regressors[i][j - 1];
            }
            for (int a = 0; a < p; a++) {
                xtwy[a] += weights[i] * row[a] * y[i];
                for (int b = 0; b < p; b++) {
                    xtwx[a][b] += weights[i] * row[a] * row[b];
                }
            }
        }
        DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(xtwx, false), 1e-12).getSolver();
        if (!solver.isNonSingular()) {
            return Optional.empty();
        }
        double[] b = solver.solve(new ArrayRealVector(xtwy, false)).toArray();
        double[] fitted = new double[n];
        double sse = 0;
        for (int i = 0; i < n; i++) {
            fitted[i] = b[0];
            for (int j = 1; j < p; j++) {
                fitted[i] += b[j] * regressors[i][j - 1];
            }
            sse += weights[i] * (y[i] - fitted[i]) * (y[i] - fitted[i]);
        }
        return Optional.of(new Fit(b, fitted, solver.getInverse(), sse));
    }
}

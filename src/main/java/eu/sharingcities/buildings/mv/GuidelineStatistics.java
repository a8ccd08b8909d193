package eu.sharingcities.buildings.mv;

/**
 * The goodness-of-fit measures of ASHRAE Guideline 14-2014 (section 5.2.11 and Annex B). The
 * model is fitted on usage per day weighted by days; CV(RMSE), NMBE and the residuals'
 * autocorrelation are taken on energy per observation (a day, or a billing period: usage per day
 * times its days), as OpenEEmeter's {@code totals_metrics} does, so a billing model is judged on
 * the energy it predicts, not on unweighted daily means:
 * CV(RMSE) = sqrt(Σ(E−Ê)²/(n−p)) / Ē and NMBE = Σ(E−Ê) / ((n−p)·Ē), p counting the intercept.
 * For a weighted least-squares fit with an intercept Σ(E−Ê) is zero, so NMBE only departs from it
 * when the model was not fitted to these data.
 */
final class GuidelineStatistics {

    private GuidelineStatistics() {
    }

    /**
     * @param y       usage per day of each observation
     * @param fitted  the model's usage per day
     * @param days    each observation's days (the fit's weights)
     */
    static FitStatistics of(double[] y, double[] fitted, double[] days, int parameters) {
        int n = y.length;
        double[] energy = new double[n], predicted = new double[n];
        double mean = 0, sse = 0, bias = 0;
        for (int i = 0; i < n; i++) {
            energy[i] = y[i] * days[i];
            predicted[i] = fitted[i] * days[i];
            mean += energy[i];
            double e = energy[i] - predicted[i];
            sse += e * e;
            bias += e;
        }
        mean /= n;
        int dof = Math.max(1, n - parameters);
        double cvRmse = Math.sqrt(sse / dof) / mean * 100;
        double nmbe = bias / (dof * mean) * 100;
        double r2 = rSquared(y, fitted, days);
        return new FitStatistics(n, parameters, r2, adjustedRSquared(r2, n, parameters), cvRmse, nmbe, lag1Autocorrelation(energy, predicted));
    }

    /** 1 − SSE/SST, weighted. */
    static double rSquared(double[] y, double[] fitted, double[] weights) {
        double wSum = 0, wMean = 0;
        for (int i = 0; i < y.length; i++) {
            wSum += weights[i];
            wMean += weights[i] * y[i];
        }
        wMean /= wSum;
        double sse = 0, sst = 0;
        for (int i = 0; i < y.length; i++) {
            sse += weights[i] * (y[i] - fitted[i]) * (y[i] - fitted[i]);
            sst += weights[i] * (y[i] - wMean) * (y[i] - wMean);
        }
        return sst == 0 ? 0 : 1 - sse / sst;
    }

    static double adjustedRSquared(double rSquared, int n, int parameters) {
        return n - parameters <= 0 ? rSquared : 1 - (1 - rSquared) * (n - 1) / (n - parameters);
    }

    /** ρ = Σ e(i)·e(i−1) / Σ e(i)², residuals in time order. */
    static double lag1Autocorrelation(double[] y, double[] fitted) {
        double num = 0, den = 0;
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - fitted[i];
            den += e * e;
            if (i > 0) {
                num += e * (y[i - 1] - fitted[i - 1]);
            }
        }
        return den == 0 ? 0 : num / den;
    }
}

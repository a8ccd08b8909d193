package eu.sharingcities.buildings.mv;

/**
 * How well a baseline model fits its data, as ASHRAE Guideline 14 defines the measures, on the
 * energy of each observation (a day or a billing period): CV(RMSE) = sqrt(Σ(E−Ê)²/(n−p)) / Ē and
 * NMBE = Σ(E−Ê) / ((n−p)·Ē), both in percent, with n observations and p parameters (intercept
 * included); R² is that of the weighted fit on usage per day; {@code lag1Autocorrelation} is that
 * of the energy residuals (ρ).
 */
public record FitStatistics(int n, int parameters, double rSquared, double adjustedRSquared, double cvRmsePercent, double nmbePercent,
                            double lag1Autocorrelation) {
}

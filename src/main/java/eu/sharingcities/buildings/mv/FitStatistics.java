package eu.sharingcities.buildings.mv;

/**
 * How well a baseline model fits its data, as ASHRAE Guideline 14 defines the measures:
 * CV(RMSE) = sqrt(Σ(y−ŷ)²/(n−p)) / ȳ and NMBE = Σ(y−ŷ) / ((n−p)·ȳ), both in percent, with n
 * observations and p parameters; {@code lag1Autocorrelation} is that of the residuals (ρ).
 */
public record FitStatistics(int n, int parameters, double rSquared, double adjustedRSquared, double cvRmsePercent, double nmbePercent,
                            double lag1Autocorrelation) {
}

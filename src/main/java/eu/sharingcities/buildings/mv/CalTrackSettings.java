package eu.sharingcities.buildings.mv;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The choices CalTRACK 2.0 (daily and billing methods) fixes for a baseline fit, as OpenEEmeter's
 * reference implementation applies them ({@code fit_caltrack_usage_per_day_model}).
 *
 * <ul>
 *   <li>2.2.2.3: balance points searched from 30 °F to 89 °F in steps of 1, 2 or 3 °F; we take
 *       3 °F (30, 33 … 87 °F: −1.1 °C to 30.6 °C, steps of 1.67 K), heating and cooling alike: 2 °F
 *       took a portfolio of 1,000 buildings past its 2 s target (2.2–2.8 s, docs/benchmarks.md);</li>
 *   <li>3.2.2.2: a degree-day term is tried only with at least 10 days with degree days
 *       (daily; none asked of billing data, 3.2.2.2.1) and at least 20 degree days in all
 *       (both, 3.2.2.2.2);</li>
 *   <li>3.4.3.2: a candidate with a negative intercept or a negative slope is disqualified;
 *       CalTRACK 2.0 dropped 1.0's p-value screen (maximum p-value 1, kept as a setting);</li>
 *   <li>gas and heat meters are fitted without cooling terms (OpenEEmeter: {@code fit_cdd=False}
 *       for gas; district heat meters likewise measure heating only).</li>
 * </ul>
 */
public record CalTrackSettings(Frequency frequency, boolean fitCooling, List<Double> balancePointsC, int minimumDaysWithDegreeDays,
                               double minimumTotalDegreeDays, double maximumSlopePValue) {

    /** Daily data (one day per observation) or billing periods. */
    public enum Frequency { DAILY, BILLING }

    static final double LOWEST_BALANCE_POINT_F = 30, HIGHEST_BALANCE_POINT_F = 89, STEP_F = 3;

    public CalTrackSettings {
        balancePointsC = List.copyOf(balancePointsC);
        if (balancePointsC.isEmpty()) {
            throw new IllegalArgumentException("at least one balance point is needed");
        }
    }

    /** CalTRACK 2.0's settings for data of this frequency; {@code fitCooling} false for gas and heat meters. */
    public static CalTrackSettings of(Frequency frequency, boolean fitCooling) {
        List<Double> points = IntStream.rangeClosed(0, (int) Math.floor((HIGHEST_BALANCE_POINT_F - LOWEST_BALANCE_POINT_F) / STEP_F))
                .mapToObj(i -> fahrenheitToCelsius(LOWEST_BALANCE_POINT_F + i * STEP_F)).toList();
        return new CalTrackSettings(frequency, fitCooling, points, frequency == Frequency.DAILY ? 10 : 0, 20, 1.0);
    }

    /** The frequency of a baseline: billing as soon as one observation spans more than a day. */
    public static Frequency frequencyOf(List<Observation> observations) {
        return observations.stream().anyMatch(o -> o.days() > 1) ? Frequency.BILLING : Frequency.DAILY;
    }

    static double fahrenheitToCelsius(double f) {
        return (f - 32) * 5 / 9;
    }
}

package eu.sharingcities.buildings.mv;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Energy used over a period of whole days (one day for daily data, a billing period for bills)
 * with the outdoor mean temperature of each of its days. Models work per day: usage per day,
 * degree days per day, weighted by the number of days. A billing period may miss a day's
 * temperature (NaN) as long as 90 % of its days have one (CalTRACK 2.2.3.2): its degree days per
 * day are the mean over the days that have one.
 */
public record Observation(LocalDate start, int days, double energyKwh, double[] dailyMeanTemperaturesC) {

    public Observation {
        if (days < 1 || dailyMeanTemperaturesC.length != days) {
            throw new IllegalArgumentException("an observation of " + days + " days needs " + days + " daily temperatures, not "
                    + dailyMeanTemperaturesC.length);
        }
        dailyMeanTemperaturesC = dailyMeanTemperaturesC.clone();
        long known = Arrays.stream(dailyMeanTemperaturesC).filter(t -> !Double.isNaN(t)).count();
        if (known < MIN_TEMPERATURE_COVERAGE * days) {
            throw new IllegalArgumentException("an observation needs a temperature on at least 90 % of its days, this one has " + known + " of " + days);
        }
    }

    /** CalTRACK 2.2.3.2: the share of a billing period's days that must have a temperature. */
    public static final double MIN_TEMPERATURE_COVERAGE = 0.9;

    /** Whether a period with this many days of temperature out of {@code days} may be used. */
    public static boolean covered(int daysWithTemperature, int days) {
        return daysWithTemperature >= MIN_TEMPERATURE_COVERAGE * days;
    }

    public static Observation daily(LocalDate day, double energyKwh, double meanTemperatureC) {
        return new Observation(day, 1, energyKwh, new double[]{meanTemperatureC});
    }

    public LocalDate end() {
        return start.plusDays(days - 1L);
    }

    public double usagePerDay() {
        return energyKwh / days;
    }

    /** Mean heating degree days per day below {@code balancePointC}. */
    public double heatingDegreeDaysPerDay(double balancePointC) {
        return meanDegreeDays(balancePointC, 1);
    }

    /** Mean cooling degree days per day above {@code balancePointC}. */
    public double coolingDegreeDaysPerDay(double balancePointC) {
        return meanDegreeDays(balancePointC, -1);
    }

    /** Mean of max(0, sign · (balance point − t)) over the days with a temperature; a plain loop: the balance-point search calls it most. */
    private double meanDegreeDays(double balancePointC, int sign) {
        double sum = 0;
        int known = 0;
        for (double t : dailyMeanTemperaturesC) {
            if (!Double.isNaN(t)) {
                sum += Math.max(0, sign * (balancePointC - t));
                known++;
            }
        }
        return known == 0 ? 0 : sum / known;
    }

    @Override
    public double[] dailyMeanTemperaturesC() {
        return dailyMeanTemperaturesC.clone();
    }
}

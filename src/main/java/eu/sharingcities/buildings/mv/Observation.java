package eu.sharingcities.buildings.mv;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Energy used over a period of whole days (one day for daily data, a billing period for bills)
 * with the outdoor mean temperature of each of its days. Models work per day: usage per day,
 * degree days per day, weighted by the number of days.
 */
public record Observation(LocalDate start, int days, double energyKwh, double[] dailyMeanTemperaturesC) {

    public Observation {
        if (days < 1 || dailyMeanTemperaturesC.length != days) {
            throw new IllegalArgumentException("an observation of " + days + " days needs " + days + " daily temperatures, not "
                    + dailyMeanTemperaturesC.length);
        }
        dailyMeanTemperaturesC = dailyMeanTemperaturesC.clone();
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
        return Arrays.stream(dailyMeanTemperaturesC).map(t -> Math.max(0, balancePointC - t)).average().orElse(0);
    }

    /** Mean cooling degree days per day above {@code balancePointC}. */
    public double coolingDegreeDaysPerDay(double balancePointC) {
        return Arrays.stream(dailyMeanTemperaturesC).map(t -> Math.max(0, t - balancePointC)).average().orElse(0);
    }

    @Override
    public double[] dailyMeanTemperaturesC() {
        return dailyMeanTemperaturesC.clone();
    }
}

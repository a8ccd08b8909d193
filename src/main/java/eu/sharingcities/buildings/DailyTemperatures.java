package eu.sharingcities.buildings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A day's mean outdoor temperature weighted by time, from hourly rollups. Controllers report by
 * exception (a value only when it moves past the deadband), so the mean of the samples leans
 * towards the hours that changed most; a held value counts for as long as it held. Each hour
 * counts with the mean of its samples, an hour without one with the last value reported before it
 * (held at most {@link #LONGEST_HOLD}: a sensor that stopped is not carried on), and a day needs
 * half of its hours (CalTRACK 2.2.2.3: 50 % hourly coverage).
 */
public final class DailyTemperatures {

    /** How long a reported value stands for the hours after it. */
    static final Duration LONGEST_HOLD = Duration.ofHours(24);
    static final double MIN_HOURLY_COVERAGE = 0.5;

    /** An hour's rollup: the hour's start, the mean of its samples and the last value in it. */
    public record Hour(Instant start, double mean, double last) {
    }

    private DailyTemperatures() {
    }

    /** Time-weighted mean per local day; {@code hours} in time order, days before {@code today} only. */
    public static Map<LocalDate, Double> of(List<Hour> hours, ZoneId zone, LocalDate today) {
        Map<LocalDate, double[]> sums = new HashMap<>(); // sum of hourly values, hours counted
        for (int i = 0; i < hours.size(); i++) {
            Hour hour = hours.get(i);
            add(sums, hour.start(), hour.mean(), zone);
            // the hours up to the next reported one hold this hour's last value
            Instant next = i + 1 < hours.size() ? hours.get(i + 1).start() : hour.start().plus(LONGEST_HOLD);
            Instant holdUntil = min(next, hour.start().plus(LONGEST_HOLD));
            for (Instant h = hour.start().plus(1, ChronoUnit.HOURS); h.isBefore(holdUntil); h = h.plus(1, ChronoUnit.HOURS)) {
                add(sums, h, hour.last(), zone);
            }
        }
        Map<LocalDate, Double> means = new HashMap<>();
        sums.forEach((day, sum) -> {
            int hoursInDay = (int) Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone)).toHours();
            if (day.isBefore(today) && sum[1] >= MIN_HOURLY_COVERAGE * hoursInDay) {
                means.put(day, sum[0] / sum[1]);
            }
        });
        return means;
    }

    private static void add(Map<LocalDate, double[]> sums, Instant hour, double value, ZoneId zone) {
        double[] sum = sums.computeIfAbsent(LocalDate.ofInstant(hour, zone), d -> new double[2]);
        sum[0] += value;
        sum[1]++;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

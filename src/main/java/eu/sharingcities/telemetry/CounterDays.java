package eu.sharingcities.telemetry;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What a counter (a meter that only counts up) counted per day: its reading at a day's end minus
 * the day before's. A day after a gap, or when the counter went backwards (replaced, reset), has
 * no value.
 */
public final class CounterDays {

    private CounterDays() {
    }

    public static NavigableMap<LocalDate, Double> counted(NavigableMap<LocalDate, Double> dayEndReadings) {
        NavigableMap<LocalDate, Double> counted = new TreeMap<>();
        for (Map.Entry<LocalDate, Double> day : dayEndReadings.entrySet()) {
            Double before = dayEndReadings.get(day.getKey().minusDays(1));
            if (before != null && day.getValue() >= before) {
                counted.put(day.getKey(), day.getValue() - before);
            }
        }
        return counted;
    }
}

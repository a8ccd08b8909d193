package eu.sharingcities.telemetry;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CounterDaysTest {

    @Test
    void aDayIsItsEndReadingMinusTheDayBeforesAndGapsAndResetsHaveNone() {
        TreeMap<LocalDate, Double> ends = new TreeMap<>();
        ends.put(LocalDate.of(2026, 11, 1), 100.0);
        ends.put(LocalDate.of(2026, 11, 2), 130.0);
        ends.put(LocalDate.of(2026, 11, 4), 190.0);   // 3 November missing
        ends.put(LocalDate.of(2026, 11, 5), 5.0);     // meter replaced
        ends.put(LocalDate.of(2026, 11, 6), 25.5);

        assertThat(CounterDays.counted(ends)).containsExactly(
                java.util.Map.entry(LocalDate.of(2026, 11, 2), 30.0),
                java.util.Map.entry(LocalDate.of(2026, 11, 6), 20.5));
    }
}

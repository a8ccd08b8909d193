package eu.sharingcities.buildings;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DailyTemperaturesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 10);

    private static Instant at(int hour) {
        return DAY.atStartOfDay().plusHours(hour).toInstant(ZoneOffset.UTC);
    }

    @Test
    void aValueReportedByExceptionCountsForAsLongAsItHeld() {
        // 10 °C reported at 00:00 and held (within the deadband) until 20 °C is reported at 18:00, held to midnight.
        // mean of the samples: (10 + 20) / 2 = 15 °C; weighted by time: (18 h · 10 + 6 h · 20) / 24 h = 300 / 24 = 12.5 °C
        List<DailyTemperatures.Hour> hours = List.of(new DailyTemperatures.Hour(at(0), 10, 10), new DailyTemperatures.Hour(at(18), 20, 20));

        Map<LocalDate, Double> means = DailyTemperatures.of(hours, ZoneOffset.UTC, DAY.plusDays(2));

        assertThat(means.get(DAY)).isCloseTo(12.5, within(1e-12));
    }

    @Test
    void anHourWithSeveralSamplesCountsWithTheirMeanAndHandsOnItsLastValue() {
        // hour 0: samples 8 and 12 (mean 10, last 12), held for hours 1–11 at 12; hour 12: 16, held to midnight.
        // (10 + 11 · 12 + 12 · 16) / 24 = (10 + 132 + 192) / 24 = 334 / 24 = 13.9167 °C
        List<DailyTemperatures.Hour> hours = List.of(new DailyTemperatures.Hour(at(0), 10, 12), new DailyTemperatures.Hour(at(12), 16, 16));

        assertThat(DailyTemperatures.of(hours, ZoneOffset.UTC, DAY.plusDays(2)).get(DAY)).isCloseTo(334.0 / 24, within(1e-12));
    }

    @Test
    void aSensorThatStoppedIsNotCarriedOnAndADayNeedsHalfItsHours() {
        // one value at 06:00 of day 1, then nothing for two days: it holds for 24 hours (18 h of day 1, 6 h of day 2)
        List<DailyTemperatures.Hour> hours = List.of(new DailyTemperatures.Hour(at(6), 5, 5));

        Map<LocalDate, Double> means = DailyTemperatures.of(hours, ZoneOffset.UTC, DAY.plusDays(5));

        assertThat(means).containsOnlyKeys(DAY); // day 2 has 6 of 24 hours: less than the 50 % CalTRACK 2.2.2.3 asks
        assertThat(means.get(DAY)).isEqualTo(5);
    }
}

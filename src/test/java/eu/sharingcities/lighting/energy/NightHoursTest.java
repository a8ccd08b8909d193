package eu.sharingcities.lighting.energy;

import eu.sharingcities.lighting.schedule.DimmingProfile;
import eu.sharingcities.lighting.schedule.NightSchedule;
import eu.sharingcities.lighting.schedule.SolarClock;
import eu.sharingcities.lighting.schedule.SunAngle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A night's energy written out by hand from NOAA's times (SolarClockTest's table), Greenwich, the
 * night of 28 to 29 March 2026 (the clocks go forward at 01:00 GMT).
 */
class NightHoursTest {

    private static final SolarClock GREENWICH = new SolarClock(51.4892, 0.0648, ZoneId.of("Europe/London"));
    private static final LocalDate EVENING = LocalDate.of(2026, 3, 28);
    /** NOAA's times are to the second, ours within 20 s of them: a switch 20 s off moves at most 20/3600 h. */
    private static final double TWO_SWITCHES = 2 * 20 / 3600.0;

    @Test
    void theReplacedSodiumLampBurnedFromSunsetToSunriseAtFullPower() {
        // sunset 18:26:13 GMT, sunrise 06:42:05 BST = 05:42:05 GMT: 11 h 15 min 52 s = 11.2644 h
        double hours = NightHours.baseline(GREENWICH, EVENING, EVENING.plusDays(1));
        assertThat(hours).isCloseTo(11.2644, within(TWO_SWITCHES));
        // a SON-T 150 W drawing 168 W with its ballast: 168 × 11.2644 = 1,892 Wh
        assertThat(168 * hours / 1000).isCloseTo(1.892, within(168 * TWO_SWITCHES / 1000));
    }

    @Test
    void theLedFollowsItsProfileFromCivilDuskToCivilDawn() {
        NightSchedule schedule = new NightSchedule(SunAngle.CIVIL, 0, 0, DimmingProfile.parse("100; 23:00 50; 05:00 100"));
        // civil dusk 18:59:56 GMT → 23:00 GMT at 100 %: 4.0011 h; 23:00 GMT → 05:00 BST (04:00 GMT) at 50 %: 5 h → 2.5 h;
        // 04:00 GMT → civil dawn 06:08:26 BST (05:08:26 GMT) at 100 %: 1.1406 h; together 7.6417 full-power hours
        double hours = NightHours.scheduled(schedule, GREENWICH, EVENING, EVENING.plusDays(1));
        assertThat(hours).isCloseTo(7.6417, within(TWO_SWITCHES));
        // a 60 W LED: 458.5 Wh against the sodium lamp's 1,892.4 Wh — 75.8 % saved
        double led = 60 * hours;
        double sodium = 168 * NightHours.baseline(GREENWICH, EVENING, EVENING.plusDays(1));
        assertThat(1 - led / sodium).isCloseTo(0.758, within(0.002));
    }
}

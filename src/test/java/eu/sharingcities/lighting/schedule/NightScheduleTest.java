package eu.sharingcities.lighting.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Switching times written out by hand from NOAA's dusk and dawn (SolarClockTest's table) and the profile. */
class NightScheduleTest {

    private static final ZoneId LONDON_ZONE = ZoneId.of("Europe/London");
    private static final SolarClock LONDON = new SolarClock(51.4892, 0.0648, LONDON_ZONE);
    private static final SolarClock WARSAW = new SolarClock(52.2560, 21.0330, ZoneId.of("Europe/Warsaw"));
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void aWinterNightIsOnAtDuskHalvedAt23FullAt5AndOffAtDawn() {
        NightSchedule schedule = new NightSchedule(SunAngle.CIVIL, 0, 0, DimmingProfile.parse("100; 23:00 50; 05:00 100"));
        List<NightSchedule.Switch> night = schedule.switches(LONDON, LocalDate.of(2026, 12, 21));

        assertThat(night).extracting(NightSchedule.Switch::level).containsExactly(100, 50, 100, 0);
        assertNear(night.get(0).at(), london(2026, 12, 21, "16:33:03")); // NOAA's civil dusk
        assertThat(night.get(1).at()).isEqualTo(london(2026, 12, 21, "23:00:00"));
        assertThat(night.get(2).at()).isEqualTo(london(2026, 12, 22, "05:00:00"));
        assertNear(night.get(3).at(), london(2026, 12, 22, "07:23:00")); // NOAA's 07:22:33 on the 21st, ~25 s later each day before the new year
    }

    @Test
    void onTheNightTheClocksGoForwardTheStepsKeepTheirWallClockTimes() {
        NightSchedule schedule = new NightSchedule(SunAngle.CIVIL, 0, 0, DimmingProfile.parse("100; 23:00 50; 01:30 30; 05:00 100"));
        List<NightSchedule.Switch> night = schedule.switches(LONDON, LocalDate.of(2026, 3, 28));

        assertThat(night).extracting(NightSchedule.Switch::level).containsExactly(100, 50, 30, 100, 0);
        assertNear(night.get(0).at(), Instant.parse("2026-03-28T18:59:56Z")); // GMT: NOAA's 18:59:56
        assertThat(night.get(1).at()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        // 01:30 does not exist on 29 March in London (01:00 GMT → 02:00 BST): it happens at 02:30 BST, 01:30 UTC
        assertThat(night.get(2).at()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(night.get(3).at()).isEqualTo(Instant.parse("2026-03-29T04:00:00Z")); // 05:00 BST
        assertNear(night.get(4).at(), Instant.parse("2026-03-29T05:08:26Z")); // NOAA's civil dawn 06:08:26 BST
    }

    @Test
    void onTheNightTheClocksGoBackAStepInTheRepeatedHourHappensTheFirstTime() {
        NightSchedule schedule = new NightSchedule(SunAngle.CIVIL, 0, 0, DimmingProfile.parse("100; 01:30 50"));
        List<NightSchedule.Switch> night = schedule.switches(LONDON, LocalDate.of(2026, 10, 24));

        // 01:30 BST (00:30 UTC), not 01:30 GMT an hour later
        assertThat(night.get(1).at()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertNear(night.getLast().at(), Instant.parse("2026-10-25T06:06:18Z")); // NOAA's civil dawn 06:06:18 GMT
    }

    @Test
    void aShortSummerNightLeavesOutTheStepsAfterDawnAndOffsetsMoveTheEnds() {
        NightSchedule schedule = new NightSchedule(SunAngle.CIVIL, 10, -15, DimmingProfile.parse("100; 23:00 50; 05:00 100"));
        List<NightSchedule.Switch> night = schedule.switches(WARSAW, LocalDate.of(2026, 6, 21));

        assertThat(night).extracting(NightSchedule.Switch::level).containsExactly(100, 50, 0);
        // NOAA: civil dusk 21:50:47 CEST, civil dawn on the 22nd about 03:24:50 (03:24:34 on the 21st)
        assertNear(night.get(0).at(), Instant.parse("2026-06-21T20:00:47Z")); // 21:50:47 + 10 min, CEST = UTC+2
        assertNear(night.get(2).at(), Instant.parse("2026-06-22T01:09:50Z")); // 03:24:50 − 15 min
    }

    @Test
    void theLevelAtAMomentIsTheLastSwitchOfItsNight() {
        NightSchedule schedule = new NightSchedule(SunAngle.CIVIL, 0, 0, DimmingProfile.parse("100; 23:00 50; 05:00 100"));
        assertThat(schedule.levelAt(LONDON, london(2026, 12, 22, "00:30:00"))).isEqualTo(50);
        assertThat(schedule.levelAt(LONDON, london(2026, 12, 22, "05:30:00"))).isEqualTo(100);
        assertThat(schedule.levelAt(LONDON, london(2026, 12, 21, "20:00:00"))).isEqualTo(100);
        assertThat(schedule.levelAt(LONDON, london(2026, 12, 22, "12:00:00"))).isZero();
    }

    @Test
    void aProfileIsReadAsWrittenOrRefusedWithTheFix() {
        assertThat(DimmingProfile.parse("100; 23:00 50; 05:00 100").written()).isEqualTo("100; 23:00 50; 05:00 100");
        assertThat(DimmingProfile.parse(" 80 ").steps()).isEmpty();
        assertThatThrownBy(() -> DimmingProfile.parse("100; 05:00 100; 23:00 50")).hasMessageContaining("23:00 comes before 05:00")
                .hasMessageContaining("from evening to morning");
        assertThatThrownBy(() -> DimmingProfile.parse("120")).hasMessageContaining("from 0 to 100");
        assertThatThrownBy(() -> DimmingProfile.parse("100; 2300 50")).hasMessageContaining("’2300’ is not a time");
        assertThatThrownBy(() -> DimmingProfile.parse("100; 23:00")).hasMessageContaining("a time and a level");
    }

    private static Instant london(int year, int month, int day, String time) {
        return ZonedDateTime.of(LocalDate.of(year, month, day), java.time.LocalTime.parse(time), LONDON_ZONE).toInstant();
    }

    private static void assertNear(Instant actual, Instant expected) {
        assertThat(Duration.between(expected, actual).abs()).as(actual + " near " + expected).isLessThanOrEqualTo(MINUTE);
    }
}

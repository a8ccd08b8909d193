package eu.sharingcities.lighting.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The astronomical clock against NOAA's solar calculator (NOAA Global Monitoring Laboratory,
 * gml.noaa.gov/grad/solcalc, whose stated accuracy is about a minute between ±72° latitude). NOAA's
 * pages cannot be reached from the build machines, so its published algorithm (the calculator's
 * JavaScript, as ported by KosherJava and run as @hebcal/noaa 0.12.3 with elevation 0) gave the table
 * below, once, for each district's centre: local times of civil dawn (sun at −6°), sunrise and
 * sunset (−0.833°) and civil dusk. The dates take in both solstices and the two nights of 2026
 * whose clocks change (EU summer time from 29 March, winter time from 25 October).
 */
class SolarClockTest {

    private static final Duration NOAA_ACCURACY = Duration.ofMinutes(1);

    private record Place(double latitude, double longitude, ZoneId zone) {
    }

    private static final Map<String, Place> DISTRICTS = Map.of(
            "london", new Place(51.4892, 0.0648, ZoneId.of("Europe/London")),
            "milan", new Place(45.4420, 9.2010, ZoneId.of("Europe/Rome")),
            "lisbon", new Place(38.7110, -9.1400, ZoneId.of("Europe/Lisbon")),
            "bordeaux", new Place(44.8430, -0.5580, ZoneId.of("Europe/Paris")),
            "burgas", new Place(42.4970, 27.4710, ZoneId.of("Europe/Sofia")),
            "warsaw", new Place(52.2560, 21.0330, ZoneId.of("Europe/Warsaw")));

    /** city, date, civil dawn, sunrise, sunset, civil dusk (local time that day). */
    private static final String NOAA = """
            london 2026-03-28 05:10:46 05:44:21 18:26:13 18:59:56
            london 2026-03-29 06:08:26 06:42:05 19:27:54 20:01:41
            london 2026-06-21 03:54:40 04:42:24 21:20:42 22:08:26
            london 2026-10-24 07:04:39 07:39:01 17:47:58 18:22:17
            london 2026-10-25 06:06:18 06:40:46 16:45:59 17:20:24
            london 2026-12-21 07:22:33 08:02:52 15:52:44 16:33:03
            milan 2026-03-28 05:41:40 06:11:22 18:45:55 19:15:43
            milan 2026-03-29 06:39:44 07:09:28 19:47:13 20:17:03
            milan 2026-06-21 04:56:42 05:34:39 21:15:22 21:53:19
            milan 2026-10-24 07:20:57 07:51:16 18:22:46 18:53:03
            milan 2026-10-25 06:22:15 06:52:38 17:21:10 17:51:31
            milan 2026-12-21 07:25:41 07:59:54 16:42:36 17:16:49
            lisbon 2026-03-28 06:01:03 06:27:42 18:56:06 19:22:48
            lisbon 2026-03-29 06:59:28 07:26:08 19:57:04 20:23:48
            lisbon 2026-06-21 05:40:02 06:12:00 21:04:46 21:36:43
            lisbon 2026-10-24 07:27:39 07:54:48 18:46:05 19:13:12
            lisbon 2026-10-25 06:28:39 06:55:50 17:44:48 18:11:58
            lisbon 2026-12-21 07:21:01 07:50:55 17:18:21 17:48:16
            bordeaux 2026-03-28 06:21:16 06:50:39 19:24:40 19:54:09
            bordeaux 2026-03-29 07:19:22 07:48:47 20:25:56 20:55:27
            bordeaux 2026-06-21 05:38:49 06:16:06 21:52:00 22:29:16
            bordeaux 2026-10-24 07:59:23 08:29:22 19:02:45 19:32:42
            bordeaux 2026-10-25 07:00:39 07:30:42 18:01:11 18:31:11
            bordeaux 2026-12-21 08:02:58 08:36:43 17:23:53 17:57:38
            burgas 2026-03-28 05:31:34 05:59:48 18:31:17 18:59:35
            burgas 2026-03-29 06:29:48 06:58:03 19:32:25 20:00:45
            burgas 2026-06-21 04:57:54 05:32:50 20:51:00 21:25:56
            burgas 2026-10-24 07:04:45 07:33:32 18:14:25 18:43:10
            burgas 2026-10-25 06:05:55 06:34:45 17:12:57 17:41:46
            burgas 2026-12-21 07:04:13 07:36:19 16:39:58 17:12:04
            warsaw 2026-03-28 04:45:55 05:20:06 18:02:47 18:37:06
            warsaw 2026-03-29 05:43:31 06:17:46 19:04:32 19:38:55
            warsaw 2026-06-21 03:24:34 04:14:07 21:01:13 21:50:47
            warsaw 2026-10-24 06:41:41 07:16:40 17:22:33 17:57:30
            warsaw 2026-10-25 05:43:23 06:18:28 16:20:31 16:55:34
            warsaw 2026-12-21 07:01:38 07:42:57 15:24:51 16:06:11
            """;

    @Test
    void duskAndDawnAreWithinAMinuteOfNoaasForTheSixCities() {
        List<String> off = new ArrayList<>();
        NOAA.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] f = line.split(" ");
            Place place = DISTRICTS.get(f[0]);
            SolarClock clock = new SolarClock(place.latitude(), place.longitude(), place.zone());
            LocalDate day = LocalDate.parse(f[1]);
            check(off, line, "civil dawn", clock.night(day.minusDays(1), SunAngle.CIVIL).orElseThrow().dawn(), day, f[2], place.zone());
            check(off, line, "sunrise", clock.night(day.minusDays(1), SunAngle.SUNSET).orElseThrow().dawn(), day, f[3], place.zone());
            check(off, line, "sunset", clock.night(day, SunAngle.SUNSET).orElseThrow().dusk(), day, f[4], place.zone());
            check(off, line, "civil dusk", clock.night(day, SunAngle.CIVIL).orElseThrow().dusk(), day, f[5], place.zone());
        });
        assertThat(off).as("times more than a minute from NOAA's").isEmpty();
    }

    @Test
    void theNightOfTheSpringChangeIsAnHourShorterOnTheClockNotInTheSky() {
        SolarClock london = new SolarClock(51.4892, 0.0648, ZoneId.of("Europe/London"));
        SolarClock.Night night = london.night(LocalDate.of(2026, 3, 28), SunAngle.CIVIL).orElseThrow();
        // NOAA: civil dusk 18:59:56 GMT on the 28th, civil dawn 06:08:26 BST (05:08:26 GMT) on the 29th: 10 h 8 min 30 s
        assertThat(Duration.between(night.dusk(), night.dawn())).isBetween(Duration.ofSeconds(36510 - 60), Duration.ofSeconds(36510 + 60));
    }

    @Test
    void nightAtFindsTheNightAMomentIsInWhicheverEveningItBegan() {
        SolarClock milan = new SolarClock(45.4420, 9.2010, ZoneId.of("Europe/Rome"));
        Instant afterMidnight = ZonedDateTime.of(2026, 12, 22, 2, 0, 0, 0, ZoneId.of("Europe/Rome")).toInstant();
        Instant noon = ZonedDateTime.of(2026, 12, 22, 12, 0, 0, 0, ZoneId.of("Europe/Rome")).toInstant();
        assertThat(milan.nightAt(afterMidnight, SunAngle.CIVIL).orElseThrow().evening()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(milan.nightAt(noon, SunAngle.CIVIL)).isEmpty();
    }

    @Test
    void aSunAngleIsSunsetCivilOrDegreesAndNothingElse() {
        assertThat(SunAngle.of("Civil")).isEqualTo(SunAngle.CIVIL);
        assertThat(SunAngle.of("-3").degrees()).isEqualTo(-3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SunAngle.of("dusk")).hasMessageContaining("sunset, civil or degrees");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SunAngle.of("-30")).hasMessageContaining("between -12 and 6");
    }

    private static void check(List<String> off, String line, String what, Instant computed, LocalDate day, String noaa, ZoneId zone) {
        Instant expected = ZonedDateTime.of(day, LocalTime.parse(noaa), zone).toInstant();
        Duration difference = Duration.between(expected, computed).abs();
        if (difference.compareTo(NOAA_ACCURACY) > 0) {
            off.add(line + ": " + what + " " + computed.atZone(zone).toLocalTime() + " (" + difference.toSeconds() + " s off)");
        }
    }
}

package eu.sharingcities.lighting.energy;

import eu.sharingcities.lighting.schedule.NightSchedule;
import eu.sharingcities.lighting.schedule.SolarClock;
import eu.sharingcities.lighting.schedule.SunAngle;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Hours of light over a run of nights at one place, the basis of street lighting's energy where a
 * lamp has no meter and of its savings: {@link #scheduled} — full-power-equivalent hours of a group's
 * schedule (each switch's level × how long it holds), {@link #baseline} — the hours the replaced lamp
 * burned at full power, from sunset to sunrise (its photocell; NOAA's −0.833°). Nights are named by
 * their evening: [from, to).
 */
public final class NightHours {

    private NightHours() {
    }

    public static double scheduled(NightSchedule schedule, SolarClock clock, LocalDate from, LocalDate to) {
        double hours = 0;
        for (LocalDate evening = from; evening.isBefore(to); evening = evening.plusDays(1)) {
            List<NightSchedule.Switch> night = schedule.switches(clock, evening);
            for (int i = 0; i + 1 < night.size(); i++) {
                hours += hoursBetween(night.get(i), night.get(i + 1)) * night.get(i).level() / 100.0;
            }
        }
        return hours;
    }

    public static double baseline(SolarClock clock, LocalDate from, LocalDate to) {
        double hours = 0;
        for (LocalDate evening = from; evening.isBefore(to); evening = evening.plusDays(1)) {
            hours += clock.night(evening, SunAngle.SUNSET).map(n -> Duration.between(n.dusk(), n.dawn()).toMillis() / 3_600_000.0).orElse(0.0);
        }
        return hours;
    }

    private static double hoursBetween(NightSchedule.Switch a, NightSchedule.Switch b) {
        return Duration.between(a.at(), b.at()).toMillis() / 3_600_000.0;
    }
}

package eu.sharingcities.lighting.schedule;

import org.shredzone.commons.suncalc.SunPosition;
import org.shredzone.commons.suncalc.SunTimes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The astronomical clock of a place: when the sun passes a {@link SunAngle} in the evening and in
 * the morning, by commons-suncalc (Montenbruck and Pfleger's solar position, within a minute of
 * NOAA's solar calculator for the six cities: SolarClockTest). A night is named by the date of its
 * evening; its dawn is the next morning's.
 */
public record SolarClock(double latitude, double longitude, ZoneId zone) {

    /** The lamps' night: from dusk (the evening's passing of the angle) to dawn (the next morning's). */
    public record Night(LocalDate evening, Instant dusk, Instant dawn) {

        public boolean contains(Instant at) {
            return !at.isBefore(dusk) && at.isBefore(dawn);
        }
    }

    /** The night beginning on the evening of {@code evening}; empty where the sun never passes the angle (near the poles). */
    public Optional<Night> night(LocalDate evening, SunAngle angle) {
        ZonedDateTime dusk = times(evening, angle).getSet();
        ZonedDateTime dawn = times(evening.plusDays(1), angle).getRise();
        return dusk == null || dawn == null ? Optional.empty() : Optional.of(new Night(evening, dusk.toInstant(), dawn.toInstant()));
    }

    /** The night {@code at} falls in, if it is night then. */
    public Optional<Night> nightAt(Instant at, SunAngle angle) {
        LocalDate today = at.atZone(zone).toLocalDate();
        return night(today.minusDays(1), angle).filter(n -> n.contains(at))
                .or(() -> night(today, angle).filter(n -> n.contains(at)));
    }

    /** The sun's true elevation above the horizon at {@code at}, in degrees (negative: below it). */
    public double elevation(Instant at) {
        return SunPosition.compute().on(at).at(latitude, longitude).execute().getTrueAltitude();
    }

    private SunTimes times(LocalDate day, SunAngle angle) {
        SunTimes.Parameters p = SunTimes.compute().on(ZonedDateTime.of(day, LocalTime.MIDNIGHT, zone)).at(latitude, longitude)
                .limit(Duration.ofDays(1));
        if (angle.equals(SunAngle.SUNSET)) {
            p.twilight(SunTimes.Twilight.VISUAL); // upper limb, refraction and parallax: what NOAA calls sunrise and sunset
        } else {
            p.twilight(angle.degrees());
        }
        return p.execute();
    }
}

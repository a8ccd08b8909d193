package eu.sharingcities.lighting.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A group's switching: on at dusk (the sun at its angle, moved by the dusk offset), the profile's
 * steps through the night, off at dawn (moved by the dawn offset; a negative one switches off
 * before).
 * Step times are wall-clock times in the city's zone: on the night the clocks go forward a
 * step inside the skipped hour happens at the first time after it, on the night they go back a
 * step in the repeated hour happens the first time round (java.time's resolution).
 */
public record NightSchedule(SunAngle angle, int duskOffsetMinutes, int dawnOffsetMinutes, DimmingProfile profile) {

    /** From {@code at} the lamps burn at {@code level} % (0: off). */
    public record Switch(Instant at, int level) {
    }

    /** The switching of the night that begins on the evening of {@code evening}, in time order. */
    public List<Switch> switches(SolarClock clock, LocalDate evening) {
        Optional<SolarClock.Night> night = clock.night(evening, angle);
        if (night.isEmpty()) {
            return List.of();
        }
        Instant on = night.get().dusk().plus(Duration.ofMinutes(duskOffsetMinutes));
        Instant off = night.get().dawn().plus(Duration.ofMinutes(dawnOffsetMinutes));
        List<Switch> switches = new ArrayList<>();
        switches.add(new Switch(on, profile.duskLevel()));
        for (DimmingProfile.Step step : profile.steps()) {
            LocalDate day = DimmingProfile.nightMinutes(step.from()) < 12 * 60 ? evening : evening.plusDays(1);
            Instant at = ZonedDateTime.of(day, step.from(), clock.zone()).toInstant();
            if (at.isAfter(on) && at.isBefore(off)) {
                switches.add(new Switch(at, step.level()));
            }
        }
        switches.add(new Switch(off, 0));
        return switches;
    }

    /** The level the schedule gives at {@code at}: the last switch before it, of the night it falls in; 0 by day. */
    public int levelAt(SolarClock clock, Instant at) {
        LocalDate today = at.atZone(clock.zone()).toLocalDate();
        for (LocalDate evening : List.of(today.minusDays(1), today)) {
            List<Switch> night = switches(clock, evening);
            if (!night.isEmpty() && !at.isBefore(night.getFirst().at()) && at.isBefore(night.getLast().at())) {
                int level = 0;
                for (Switch s : night) {
                    if (!s.at().isAfter(at)) {
                        level = s.level();
                    }
                }
                return level;
            }
        }
        return 0;
    }
}

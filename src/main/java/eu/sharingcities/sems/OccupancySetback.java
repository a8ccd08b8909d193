package eu.sharingcities.sems;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Occupancy set-back: outside a building use's occupied hours its zones are set back to
 * {@code setbackC}; during them they run at the district's normal setpoint. Heating comes back
 * {@code preheatHours} before people do (a fixed optimum start), so zones are warm when they
 * arrive. Schedules are per building use; a use without one is always occupied.
 */
public record OccupancySetback(Config config) implements Strategy {

    public enum Status { ALL_OCCUPIED, SETBACK }

    /** Occupied from {@code fromHour} to {@code toHour} (local, 0–24), on weekends too if {@code weekends}. */
    public record Schedule(int fromHour, int toHour, boolean weekends) {
        public Schedule {
            if (fromHour < 0 || toHour > 24 || fromHour >= toHour) {
                throw new Refusal("sems.refused.schedule", fromHour, toHour);
            }
        }

        boolean occupied(ZonedDateTime t) {
            boolean weekend = t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
            return (weekends || !weekend) && t.getHour() >= fromHour && t.getHour() < toHour;
        }

        boolean heated(ZonedDateTime t, int preheatHours) {
            return occupied(t) || occupied(t.plusHours(preheatHours));
        }
    }

    public record Config(Map<String, Schedule> schedules, double setbackC, int preheatHours) {
        public Config {
            schedules = Map.copyOf(schedules);
            if (setbackC < 12 || setbackC > 20) {
                throw new Refusal("sems.refused.setback", setbackC);
            }
            if (preheatHours < 0 || preheatHours > 6) {
                throw new Refusal("sems.refused.preheatHours", preheatHours);

            }
        }

        public static Config defaults() {
            return new Config(Map.of("RESIDENTIAL", new Schedule(6, 23, true), "OFFICE", new Schedule(7, 19, false),
                    "SCHOOL", new Schedule(7, 17, false), "PUBLIC", new Schedule(8, 21, true)), 16, 2);
        }
    }

    /** Whether the building's heating runs at its normal setpoint now: occupied, or about to be. */
    public boolean heated(String use, ZonedDateTime t) {
        Schedule schedule = config.schedules().get(use);
        return schedule == null || schedule.heated(t, config.preheatHours());
    }

    public boolean occupied(String use, ZonedDateTime t) {
        Schedule schedule = config.schedules().get(use);
        return schedule == null || schedule.occupied(t);
    }

    @Override
    public Proposal propose(DistrictState state, DistrictSettings settings) {
        Map<String, Double> setpoints = new HashMap<>();
        Set<String> unoccupied = new HashSet<>();
        for (BuildingState b : state.buildings()) {
            boolean occupied = heated(b.use(), state.local());
            setpoints.put(b.code(), occupied ? settings.normalSetpointC() : config.setbackC());
            if (!occupied) {
                unoccupied.add(b.code());
            }
        }
        Status status = unoccupied.isEmpty() ? Status.ALL_OCCUPIED : Status.SETBACK;
        return new Proposal(status.name(), setpoints, Map.of(), unoccupied, unoccupied.isEmpty() ? Message.of("sems.why.occupied")
                : Message.of("sems.why.setback", unoccupied.size(), state.buildings().size(), config.setbackC()));
    }

    @Override
    public int precedence() {
        return 0;
    }
}

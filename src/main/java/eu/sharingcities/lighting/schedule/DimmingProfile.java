package eu.sharingcities.lighting.schedule;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a group's lamps do through the night, written as a city's lighting engineer writes it:
 * {@code 100; 23:00 50; 05:00 100} — 100 % from dusk, 50 % from 23:00, 100 % again from 05:00,
 * off at dawn. Times from 12:00 belong to the evening, earlier ones to the next morning, and must
 * follow one another in that order; a step that falls outside a night (05:00 on a June night that
 * ends at 04:00) does not happen that night.
 */
public record DimmingProfile(int duskLevel, List<Step> steps) {

    /** From {@code from} (local time) the lamps burn at {@code level} %. */
    public record Step(LocalTime from, int level) {
    }

    static final int MAX_STEPS = 8;
    private static final int NOON_MINUTES = 12 * 60;

    public DimmingProfile {
        steps = List.copyOf(steps);
    }

    /** Reads the written form; throws with what is wrong and how to write it. */
    public static DimmingProfile parse(String text) {
        String[] parts = (text == null ? "" : text).split(";");
        int duskLevel = level(parts[0].trim(), text);
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] step = parts[i].trim().split("\\s+");
            if (step.length != 2) {
                throw refused(text, Message.of("profile.step", parts[i].trim()));
            }
            LocalTime from;
            try {
                from = LocalTime.parse(step[0]);
            } catch (DateTimeParseException e) {
                throw refused(text, Message.of("profile.time", step[0]));
            }
            if (!steps.isEmpty() && nightMinutes(from) <= nightMinutes(steps.getLast().from())) {
                throw refused(text, Message.of("profile.order", step[0], steps.getLast().from().toString()));
            }
            steps.add(new Step(from, level(step[1], text)));
        }
        if (steps.size() > MAX_STEPS) {
            throw refused(text, Message.of("profile.steps", MAX_STEPS));
        }
        return new DimmingProfile(duskLevel, steps);
    }

    /** The level at local time {@code time} of a night that has begun. */
    public int levelAt(LocalTime time) {
        int level = duskLevel;
        for (Step step : steps) {
            if (nightMinutes(step.from()) <= nightMinutes(time)) {
                level = step.level();
            }
        }
        return level;
    }

    /** Minutes into the night's clock: evening times first (12:00 → 0), morning times after (00:00 → 720). */
    static int nightMinutes(LocalTime time) {
        int minutes = time.getHour() * 60 + time.getMinute();
        return minutes >= NOON_MINUTES ? minutes - NOON_MINUTES : minutes + NOON_MINUTES;
    }

    public String written() {
        return duskLevel + steps.stream().map(s -> "; " + s.from() + " " + s.level()).collect(Collectors.joining());
    }

    @Override
    public String toString() {
        return written();
    }

    private static int level(String text, String profile) {
        try {
            int level = Integer.parseInt(text.trim().replace("%", ""));
            if (level >= 0 && level <= 100) {
                return level;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw refused(profile, Message.of("profile.level", text.trim()));
    }

    private static Refusal refused(String profile, Message why) {
        return new Refusal("profile.refused", profile, why);
    }
}

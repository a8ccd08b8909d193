package eu.sharingcities.lighting.faults;

import eu.sharingcities.text.Message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds street-light faults in one moment's data. Thresholds, chosen to stay clear of dimming and
 * sensor noise: a lamp has failed when it should burn, reports a level above 0, and draws less than
 * {@value #FAILED_SHARE} of its rated power at that level (or its controller flags a lamp fault); it
 * burns by day when the sun is more than {@value #DAYLIGHT_DEGREES}° up, nothing asks it to burn, and
 * it reports on or draws more than {@value #FAILED_SHARE} of its rated power; its power is abnormal
 * when it burns at a level and draws more than {@value #ABNORMAL_SHARE} away from rated × level; it cycles
 * when its state changed {@value #CYCLING_SWITCHES_PER_HOUR} times or more in the last hour (a night's
 * schedule switches it twice). When
 * at least {@value #CABINET_SHARE} of a cabinet's lamps (and at least {@value #CABINET_LEAST}) have
 * failed or fell silent at once, that is one fault of the cabinet, and its lamps raise none of their own.
 */
public final class FaultDetector {

    static final double FAILED_SHARE = 0.1;
    static final double DAYLIGHT_DEGREES = 3;
    static final double ABNORMAL_SHARE = 0.25;
    static final double CABINET_SHARE = 0.8;
    static final int CABINET_LEAST = 3;
    static final int CYCLING_SWITCHES_PER_HOUR = 6;

    /** A fault found: its alarm source, kind, the value it is about and why, to be said in the reader's language. */
    public record Found(String source, LampFault fault, double value, Message why) {
    }

    private FaultDetector() {
    }

    public static List<Found> detect(List<LampReading> lamps) {
        Map<String, Found> byLamp = new LinkedHashMap<>();
        for (LampReading l : lamps) {
            lampFault(l).ifPresent(f -> byLamp.put(l.lamp(), f));
        }
        List<Found> found = new ArrayList<>();
        Map<String, List<LampReading>> cabinets = lamps.stream().collect(Collectors.groupingBy(LampReading::cabinet, LinkedHashMap::new, Collectors.toList()));
        cabinets.forEach((cabinet, members) -> {
            long dark = members.stream().map(l -> byLamp.get(l.lamp())).filter(f -> f != null
                    && (f.fault() == LampFault.LAMP_FAILURE || f.fault() == LampFault.COMMUNICATION_LOSS)).count();
            if (members.size() >= CABINET_LEAST && dark >= CABINET_LEAST && dark >= CABINET_SHARE * members.size()) {
                found.add(new Found(LampFault.CABINET_POWER_LOSS.source(cabinet), LampFault.CABINET_POWER_LOSS, dark,
                        Message.of("lightingFault.cabinet", dark, members.size())));
                members.forEach(l -> byLamp.remove(l.lamp()));
            }
        });
        found.addAll(byLamp.values());
        return found;
    }

    private static java.util.Optional<Found> lampFault(LampReading l) {
        if (!l.communicating()) {
            return java.util.Optional.of(new Found(LampFault.COMMUNICATION_LOSS.source(l.lamp()), LampFault.COMMUNICATION_LOSS, 0,
                    Message.of("lightingFault.silent")));
        }
        double power = l.powerW() == null ? 0 : Math.max(0, l.powerW()); // a meter's noise reads a dark lamp a hair below zero
        boolean reportsOn = Boolean.TRUE.equals(l.on()) && l.level() != null && l.level() > 0;
        double expected = reportsOn ? l.ratedW() * l.level() / 100 : 0;
        if (l.shouldBurn() > 0 && (l.faultFlag() || reportsOn && power < FAILED_SHARE * expected)) {
            return java.util.Optional.of(new Found(LampFault.LAMP_FAILURE.source(l.lamp()), LampFault.LAMP_FAILURE, power,
                    Message.of("lightingFault.failed", power, expected)));
        }
        if (l.shouldBurn() == 0 && l.sunElevationDegrees() > DAYLIGHT_DEGREES && (Boolean.TRUE.equals(l.on()) || power > FAILED_SHARE * l.ratedW())) {
            return java.util.Optional.of(new Found(LampFault.DAY_BURNING.source(l.lamp()), LampFault.DAY_BURNING, power,
                    Message.of("lightingFault.dayBurning", power, l.sunElevationDegrees())));
        }
        if (l.switchesLastHour() >= CYCLING_SWITCHES_PER_HOUR) {
            return java.util.Optional.of(new Found(LampFault.CYCLING.source(l.lamp()), LampFault.CYCLING, l.switchesLastHour(),
                    Message.of("lightingFault.cycling", l.switchesLastHour())));
        }
        if (reportsOn && power >= FAILED_SHARE * expected && Math.abs(power - expected) > ABNORMAL_SHARE * expected) {
            return java.util.Optional.of(new Found(LampFault.ABNORMAL_POWER.source(l.lamp()), LampFault.ABNORMAL_POWER, power,
                    Message.of("lightingFault.abnormal", power, expected, l.level())));
        }
        return java.util.Optional.empty();
    }
}

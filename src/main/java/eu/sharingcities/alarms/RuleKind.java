package eu.sharingcities.alarms;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an alarm rule watches for (ISA-18.2's alarm types as the platform offers them). EVENT rules
 * are raised by modules (a licence condition, SEMS), never configured by hand.
 */
public enum RuleKind {
    HIGH_LIMIT, LOW_LIMIT, RATE_OF_CHANGE, STALE, COMMUNICATION_LOSS, DEVIATION, EVENT;

    /** The kinds a city admin may configure, in the order the rules page offers them. */
    public static List<RuleKind> configurable() {
        return Arrays.stream(values()).filter(k -> k != EVENT).toList();
    }

    public static Optional<RuleKind> configurable(String name) {
        return configurable().stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** A communication-loss rule watches an endpoint; every other kind a point. */
    public boolean watchesEndpoint() {
        return this == COMMUNICATION_LOSS;
    }
}

package eu.sharingcities.alarms;

import java.util.Objects;

/**
 * A rule of a city: on a point ({@code pointId}) or, for communication loss, on an endpoint
 * ({@code endpointId}). Stale rules name the endpoint of their point too, so a communication
 * loss can stand for them. {@code suppression}, when set, suppresses the alarm by design while
 * another point says the plant is off (e.g. a heat pump's alarms while it is not running).
 */
public record AlarmRule(long id, String cityCode, String name, Priority priority, Condition condition, Integer pointId, String endpointId,
                        Suppression suppression) {

    /** Suppressed while point {@code pointId}'s value is below {@code below} (a running state 0/1: below 0.5). */
    public record Suppression(int pointId, double below, String pointCode) {
    }

    public AlarmRule(long id, String cityCode, String name, Priority priority, Condition condition, Integer pointId, String endpointId) {
        this(id, cityCode, name, priority, condition, pointId, endpointId, null);
    }

    public AlarmRule {
        Objects.requireNonNull(condition, "A rule needs a condition.");
        if (!(condition instanceof Condition.Event) && (condition instanceof Condition.CommunicationLoss ? endpointId == null : pointId == null)) {
            throw new IllegalArgumentException("Rule '" + name + "': " + (condition instanceof Condition.CommunicationLoss
                    ? "a communication-loss rule names an endpoint." : "this rule names a point."));
        }
    }
}

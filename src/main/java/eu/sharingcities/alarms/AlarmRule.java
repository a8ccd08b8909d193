package eu.sharingcities.alarms;

import java.util.Objects;

/**
 * A rule of a city: on a point ({@code pointId}) or, for communication loss, on an endpoint
 * ({@code endpointId}). Stale rules name the endpoint of their point too, so a communication
 * loss can stand for them.
 */
public record AlarmRule(long id, String cityCode, String name, Priority priority, Condition condition, Integer pointId, String endpointId) {

    public AlarmRule {
        Objects.requireNonNull(condition, "A rule needs a condition.");
        if (!(condition instanceof Condition.Event) && (condition instanceof Condition.CommunicationLoss ? endpointId == null : pointId == null)) {
            throw new IllegalArgumentException("Rule '" + name + "': " + (condition instanceof Condition.CommunicationLoss
                    ? "a communication-loss rule names an endpoint." : "this rule names a point."));
        }
    }
}

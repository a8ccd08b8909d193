package eu.sharingcities.alarms;

import eu.sharingcities.text.Message;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Evaluates a city's rules against the values and endpoint states it is given, and says which
 * conditions became active or cleared. Time-based conditions (on- and off-delays, stale values,
 * communication loss) advance with {@link #tick}: controllers report by exception, so a value can
 * stay above its limit without a new sample. A rule suppressed by design (its plant is off) is
 * not judged; its active alarm ends as suppressed, and when the plant runs again its condition is
 * judged afresh on its last value. Not thread-safe: one caller at a time.
 */
public final class AlarmEngine {

    private final Map<Long, RuleState> states = new LinkedHashMap<>();
    private final Map<String, Instant> endpointsDown = new HashMap<>();
    private final Set<String> heldElsewhere = new HashSet<>();
    private final Set<Long> active = new HashSet<>();

    public AlarmEngine(List<AlarmRule> rules, Instant start) {
        for (AlarmRule rule : rules) {
            if (states.put(rule.id(), new RuleState(rule, start)) != null) {
                throw new IllegalArgumentException("Two rules have the id " + rule.id() + ".");
            }
        }
    }

    /**
     * The rules whose alarms are open and active already (after a restart or a change of rules):
     * the engine goes on from there, so it clears them when their condition ends.
     */
    public void resume(Set<Long> activeRuleIds) {
        activeRuleIds.stream().filter(states::containsKey).forEach(active::add);
    }

    public boolean active(long ruleId) {
        return active.contains(ruleId);
    }

    /** A new value of a point. */
    public List<AlarmChange> value(int pointId, Instant at, double value) {
        return judge(pointId, at, value, rule -> true);
    }

    /**
     * The newest value a point had when the engine started (its rules were loaded or changed):
     * controllers report by exception, so a steady value may not arrive again for a long time and a
     * new rule must still judge it. A stale rule's clock is not reset by it: the value is not new.
     */
    public List<AlarmChange> latest(int pointId, Instant at, double value) {
        return judge(pointId, at, value, rule -> !(rule.condition() instanceof Condition.Stale));
    }

    private List<AlarmChange> judge(int pointId, Instant at, double value, Predicate<AlarmRule> judged) {
        List<AlarmChange> changes = new ArrayList<>();
        for (RuleState s : states.values()) {
            AlarmRule.Suppression suppression = s.rule.suppression();
            if (suppression != null && suppression.pointId() == pointId) {
                s.suppressedBy(value < suppression.below(), at, value, changes);
            }
        }
        for (RuleState s : states.values()) {
            if (s.rule.pointId() != null && s.rule.pointId() == pointId && judged.test(s.rule)) {
                s.onValue(at, value, changes);
            }
        }
        return changes;
    }

    /** An endpoint went down or came back. While it is down its points' stale rules are not raised. */
    public List<AlarmChange> endpoint(String endpointId, boolean up, Instant at) {
        List<AlarmChange> changes = new ArrayList<>();
        if (up) {
            endpointsDown.remove(endpointId);
            for (RuleState s : states.values()) {
                if (endpointId.equals(s.rule.endpointId())) {
                    if (s.rule.condition() instanceof Condition.CommunicationLoss) {
                        s.change(false, at, Double.NaN, Message.of("alarm.why.restored"), changes);
                    } else {
                        s.lastValueAt = at; // the endpoint's values have until their stale time to arrive again
                    }
                }
            }
        } else {
            endpointsDown.putIfAbsent(endpointId, at);
        }
        return changes;
    }

    /**
     * In a cluster another instance reads the endpoint (ADR 4) and watches its rules; here its
     * points would only look stale. Its rules are left alone until it is read here again.
     */
    public void heldElsewhere(String endpointId, boolean elsewhere, Instant at) {
        if (elsewhere) {
            heldElsewhere.add(endpointId);
        } else if (heldElsewhere.remove(endpointId)) {
            states.values().stream().filter(s -> endpointId.equals(s.rule.endpointId())).forEach(s -> s.lastValueAt = at);
        }
    }

    /** Lets time pass: on-delays that ran out, values that went stale, endpoints down for too long. */
    public List<AlarmChange> tick(Instant now) {
        List<AlarmChange> changes = new ArrayList<>();
        for (RuleState s : states.values()) {
            if ((s.rule.endpointId() == null || !heldElsewhere.contains(s.rule.endpointId())) && !s.suppressed) {
                s.onTick(now, changes);
            }
        }
        return changes;
    }

    private final class RuleState {
        final AlarmRule rule;
        Instant lastValueAt;
        double lastValue = Double.NaN;
        Instant violatingSince;
        Instant normalSince;
        boolean suppressed;

        RuleState(AlarmRule rule, Instant start) {
            this.rule = rule;
            this.lastValueAt = start;
        }

        /** The suppressing point's new value: suppressed (the plant is off) or released. */
        void suppressedBy(boolean off, Instant at, double value, List<AlarmChange> changes) {
            if (off == suppressed) {
                return;
            }
            suppressed = off;
            violatingSince = null;
            normalSince = null;
            if (off && active(rule.id())) {
                active.remove(rule.id());
                changes.add(new AlarmChange(rule, AlarmChange.Kind.SUPPRESSED, at, lastValue, Message.of("alarm.why.suppressed",
                        rule.suppression().pointCode(), value, rule.suppression().below())));
            } else if (!off) {
                lastValueAt = at; // a stale clock starts again, and the condition is judged afresh on the last value
                if (!Double.isNaN(lastValue) && !(rule.condition() instanceof Condition.RateOfChange)) {
                    onValue(at, lastValue, changes);
                }
            }
        }

        void onValue(Instant at, double value, List<AlarmChange> changes) {
            if (suppressed) {
                lastValue = value;
                lastValueAt = at;
                return;
            }
            switch (rule.condition()) {
                case Condition.Threshold t -> delayed(violates(t, value), t.onDelay(), t.offDelay(), at, value,
                        Message.of(t.high() ? "alarm.why.above" : "alarm.why.below", value, t.limit()), changes);
                case Condition.Deviation d -> delayed(deviates(d, value), d.onDelay(), d.offDelay(), at, value,
                        Message.of("alarm.why.deviation", value, value - d.expected(), d.expected()), changes);
                case Condition.RateOfChange r -> {
                    if (!Double.isNaN(lastValue) && at.isAfter(lastValueAt)) {
                        double perMinute = Math.abs(value - lastValue) / (Duration.between(lastValueAt, at).toMillis() / 60_000.0);
                        change(perMinute > r.maxPerMinute(), at, value, Message.of("alarm.why.rate", perMinute, r.maxPerMinute()), changes);
                    }
                }
                case Condition.Stale ignored -> change(false, at, value, Message.of("alarm.why.fresh"), changes);
                case Condition.CommunicationLoss ignored -> {
                }
                case Condition.Event ignored -> {
                }
            }
            lastValue = value;
            lastValueAt = at;
        }

        void onTick(Instant now, List<AlarmChange> changes) {
            switch (rule.condition()) {
                case Condition.Threshold t -> pendingElapsed(now, t.onDelay(), t.offDelay(), changes);
                case Condition.Deviation d -> pendingElapsed(now, d.onDelay(), d.offDelay(), changes);
                case Condition.Stale s -> {
                    boolean endpointDown = rule.endpointId() != null && endpointsDown.containsKey(rule.endpointId());
                    if (!endpointDown && Duration.between(lastValueAt, now).compareTo(s.maxAge()) > 0) {
                        change(true, now, lastValue, Message.of("alarm.why.stale", lastValueAt.toString()), changes);
                    }
                }
                case Condition.CommunicationLoss c -> {
                    Instant down = endpointsDown.get(rule.endpointId());
                    if (down != null && Duration.between(down, now).compareTo(c.after()) >= 0) {
                        change(true, now, Double.NaN, Message.of("alarm.why.endpointDown", rule.endpointId(), down.toString()), changes);
                    }
                }
                case Condition.RateOfChange ignored -> {
                }
                case Condition.Event ignored -> {
                }
            }
        }

        /** Threshold: once active, it stays so until the value is back past the limit by the deadband (hysteresis). */
        private boolean violates(Condition.Threshold t, double value) {
            double clearAt = t.high() ? t.limit() - t.deadband() : t.limit() + t.deadband();
            if (active(rule.id())) {
                return t.high() ? value > clearAt : value < clearAt;
            }
            return t.high() ? value > t.limit() : value < t.limit();
        }

        /** Deviation: once active, it stays so until within the tolerance less the deadband (hysteresis). */
        private boolean deviates(Condition.Deviation d, double value) {
            double off = Math.abs(value - d.expected());
            return active(rule.id()) ? off > d.tolerance() - d.deadband() : off > d.tolerance();
        }

        /** On-delay: violating that long before it is raised; off-delay: normal that long before it returns to normal. */
        private void delayed(boolean violating, Duration onDelay, Duration offDelay, Instant at, double value, Message message,
                             List<AlarmChange> changes) {
            if (!violating) {
                violatingSince = null;
                if (normalSince == null) {
                    normalSince = at;
                }
                if (Duration.between(normalSince, at).compareTo(offDelay) >= 0) {
                    change(false, at, value, Message.of("alarm.why.back", value), changes);
                }
                return;
            }
            normalSince = null;
            if (violatingSince == null) {
                violatingSince = at;
            }
            if (Duration.between(violatingSince, at).compareTo(onDelay) >= 0) {
                change(true, at, value, message, changes);
            }
        }

        private void pendingElapsed(Instant now, Duration onDelay, Duration offDelay, List<AlarmChange> changes) {
            if (violatingSince != null && !active(rule.id()) && Duration.between(violatingSince, now).compareTo(onDelay) >= 0) {
                change(true, now, lastValue, Message.of("alarm.why.longer", lastValue, onDelay.toSeconds()), changes);
            }
            if (normalSince != null && active(rule.id()) && Duration.between(normalSince, now).compareTo(offDelay) >= 0) {
                change(false, now, lastValue, Message.of("alarm.why.backFor", offDelay.toSeconds(), lastValue), changes);
            }
        }

        void change(boolean nowActive, Instant at, double value, Message message, List<AlarmChange> changes) {
            if (nowActive != active(rule.id())) {
                if (nowActive) {
                    active.add(rule.id());
                } else {
                    active.remove(rule.id());
                }
                changes.add(new AlarmChange(rule, nowActive, at, value, message));
            }
        }
    }
}

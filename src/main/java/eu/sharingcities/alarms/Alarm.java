package eu.sharingcities.alarms;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One occurrence of a rule's condition and what people did about it. Immutable: every step gives
 * a new alarm with the step added to its history, so the history is never rewritten. Shelving
 * belongs to the rule (ISA-18.2: the alarm, not one occurrence), so {@code shelvedUntil} is the
 * rule's; {@link #shelve} checks a shelving and records it in the occurrence's history.
 */
public record Alarm(long id, AlarmRule rule, Instant raisedAt, double value, String message, AlarmState state, Instant shelvedUntil,
                    List<Step> history) {

    /** The longest an operator may shelve an alarm; after it, the alarm shows again by itself. */
    public static final Duration MAX_SHELVING = Duration.ofHours(24);

    /** Something that happened to the alarm: who (the system for raising and clearing), when, and their comment. */
    public record Step(Instant at, String what, String by, String comment) {
    }

    public Alarm {
        history = List.copyOf(history);
    }

    public static Alarm raised(long id, AlarmChange change) {
        return new Alarm(id, change.rule(), change.at(), change.value(), change.message().english(), AlarmState.ACTIVE_UNACKNOWLEDGED, null,
                List.of(new Step(change.at(), "raised", "system", change.message().english())));
    }

    public Alarm acknowledge(String by, String comment, Instant at) {
        AlarmState next = switch (state) {
            case ACTIVE_UNACKNOWLEDGED -> AlarmState.ACTIVE_ACKNOWLEDGED;
            case CLEARED_UNACKNOWLEDGED -> AlarmState.CLOSED;
            case ACTIVE_ACKNOWLEDGED, CLOSED -> throw new Refusal("alarm.refused.acknowledged", id);
            case OUT_OF_SERVICE, SUPPRESSED -> throw new Refusal("alarm.refused.endedNothingToAcknowledge", id, stateName());
        };
        return step(next, shelvedUntil, at, "acknowledged", by, comment);
    }

    public Alarm clear(Instant at, String message) {
        AlarmState next = switch (state) {
            case ACTIVE_UNACKNOWLEDGED -> AlarmState.CLEARED_UNACKNOWLEDGED;
            case ACTIVE_ACKNOWLEDGED -> AlarmState.CLOSED;
            case CLEARED_UNACKNOWLEDGED, CLOSED, OUT_OF_SERVICE, SUPPRESSED -> throw new Refusal("alarm.refused.cleared", id);
        };
        return step(next, shelvedUntil, at, "cleared", "system", message);
    }

    /** Returned to normal unacknowledged and tripped again: the same alarm, unacknowledged and active (ISA-18.2 state model). */
    public Alarm reactivate(Instant at, String message) {
        if (state != AlarmState.CLEARED_UNACKNOWLEDGED) {
            throw new Refusal("alarm.refused.reactivate", id, stateName());
        }
        return step(AlarmState.ACTIVE_UNACKNOWLEDGED, shelvedUntil, at, "active again", "system", message);
    }

    /** Its rule was taken out of service: the occurrence ends there, not as "cleared" (its condition was never seen to end). */
    public Alarm removeFromService(String by, String reason, Instant at) {
        requireOpen();
        return step(AlarmState.OUT_OF_SERVICE, shelvedUntil, at, "removed from service", by, reason);
    }

    /** Suppressed by design while the plant it watches is off: it ends without being annunciated further. */
    public Alarm suppress(Instant at, String why) {
        requireOpen();
        return step(AlarmState.SUPPRESSED, shelvedUntil, at, "suppressed by design", "system", why);
    }

    private void requireOpen() {
        if (!state.open()) {
            throw new Refusal("alarm.refused.ended", id, stateName());
        }
    }

    /** Hides the alarm from the active list until {@code until} (at most {@link #MAX_SHELVING}); it stays in the history. */
    public Alarm shelve(String by, String reason, Instant at, Instant until) {
        if (!state.open()) {
            throw new Refusal("alarm.refused.endedNothingToShelve", id, stateName());
        }
        if (!until.isAfter(at) || Duration.between(at, until).compareTo(MAX_SHELVING) > 0) {
            throw new Refusal("alarm.refused.shelveFor", MAX_SHELVING.toHours());
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("alarm.refused.shelveWhy");
        }
        return step(state, until, at, "shelved until " + until, by, reason);
    }

    private Message stateName() {
        return Message.of("alarm.state." + state.name().toLowerCase(Locale.ROOT));
    }

    public Alarm unshelve(String by, Instant at) {

        return step(state, null, at, "unshelved", by, "");
    }

    public boolean shelved(Instant now) {
        return shelvedUntil != null && now.isBefore(shelvedUntil);
    }

    public boolean open() {
        return state.open();
    }

    private Alarm step(AlarmState next, Instant shelved, Instant at, String what, String by, String comment) {
        List<Step> steps = new ArrayList<>(history);
        steps.add(new Step(at, what, by, comment == null ? "" : comment));
        return new Alarm(id, rule, raisedAt, value, message, next, shelved, steps);
    }
}

package eu.sharingcities.alarms;

import eu.sharingcities.text.Message;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * What happened to a rule's condition at an instant, with the value that made it so (NaN for
 * none): it became true (raised), false (returned to normal), or its alarm stopped being judged
 * because the plant is off (suppressed by design).
 */
public record AlarmChange(AlarmRule rule, Kind kind, Instant at, double value, Message message) {

    public enum Kind { RAISED, CLEARED, SUPPRESSED }

    /** Raised ({@code active}) or returned to normal. */
    public AlarmChange(AlarmRule rule, boolean active, Instant at, double value, Message message) {
        this(rule, active ? Kind.RAISED : Kind.CLEARED, at, value, message);
    }

    public boolean active() {
        return kind == Kind.RAISED;
    }

    private static final Logger LOG = Logger.getLogger(AlarmChange.class.getName());

    /** Writes stored changes to the server log too: what the alarm system did is there to read beside everything else. */
    static void log(List<AlarmChange> stored) {
        stored.forEach(c -> LOG.info(() -> "alarm " + c.kind().name().toLowerCase().replace('_', ' ') + " in " + c.rule().cityCode() + ": "
                + c.rule().name() + " (" + c.message() + ")"));
    }
}

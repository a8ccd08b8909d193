package eu.sharingcities.alarms;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** A rule's condition became true ({@code active}) or false, at an instant, with the value that made it so (NaN for none). */
public record AlarmChange(AlarmRule rule, boolean active, Instant at, double value, String message) {

    private static final Logger LOG = Logger.getLogger(AlarmChange.class.getName());

    /** Writes stored changes to the server log too: what the alarm system did is there to read beside everything else. */
    static void log(List<AlarmChange> stored) {
        stored.forEach(c -> LOG.info(() -> "alarm " + (c.active() ? "raised" : "cleared") + " in " + c.rule().cityCode() + ": "
                + c.rule().name() + " (" + c.message() + ")"));
    }
}

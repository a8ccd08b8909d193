package eu.sharingcities.alarms;

import java.time.Duration;

/** What makes an alarm active. Each kind carries its own settings and checks them when made. */
public sealed interface Condition {

    /** Above ({@code high}) or below a limit for at least {@code onDelay}; clears once back past the limit by the deadband. */
    record Threshold(boolean high, double limit, double deadband, Duration onDelay) implements Condition {
        public Threshold {
            require(deadband >= 0, "the deadband must be 0 or more, not " + deadband);
            require(!onDelay.isNegative(), "the on-delay must not be negative");
        }
    }

    /** Changing faster than {@code maxPerMinute} (either way) between two values. */
    record RateOfChange(double maxPerMinute) implements Condition {
        public RateOfChange {
            require(maxPerMinute > 0, "the largest rate must be more than 0 per minute, not " + maxPerMinute);
        }
    }

    /** No new value for longer than {@code maxAge}; not raised while the point's endpoint is down (that is one alarm of its own). */
    record Stale(Duration maxAge) implements Condition {
        public Stale {
            require(maxAge.toSeconds() >= 1, "a value may be stale after a second at the least");
        }
    }

    /** The endpoint has been down for longer than {@code after}. */
    record CommunicationLoss(Duration after) implements Condition {
        public CommunicationLoss {
            require(!after.isNegative(), "the delay must not be negative");
        }
    }

    /** Further than {@code tolerance} from {@code expected} for at least {@code onDelay}. */
    record Deviation(double expected, double tolerance, Duration onDelay) implements Condition {
        public Deviation {
            require(tolerance > 0, "the tolerance must be more than 0, not " + tolerance);
            require(!onDelay.isNegative(), "the on-delay must not be negative");
        }
    }

    /** Raised by a module when something happens (a command failed, a licence limit was passed), not by watching values. */
    record Event() implements Condition {
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem + ".");
        }
    }
}

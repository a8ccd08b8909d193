package eu.sharingcities.alarms;

import java.time.Duration;

/** What makes an alarm active. Each kind carries its own settings and checks them when made. */
public sealed interface Condition {

    /**
     * Above ({@code high}) or below a limit for at least {@code onDelay}; returns to normal once back
     * past the limit by the deadband for at least {@code offDelay} (ISA-18.2's deadband and
     * off-delay, both against chattering).
     */
    record Threshold(boolean high, double limit, double deadband, Duration onDelay, Duration offDelay) implements Condition {
        public Threshold {
            require(deadband >= 0, "the deadband must be 0 or more, not " + deadband);
            require(!onDelay.isNegative(), "the on-delay must not be negative");
            require(!offDelay.isNegative(), "the off-delay must not be negative");
        }

        public Threshold(boolean high, double limit, double deadband, Duration onDelay) {
            this(high, limit, deadband, onDelay, Duration.ZERO);
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

    /**
     * Further than {@code tolerance} from {@code expected} for at least {@code onDelay}; returns to
     * normal once within tolerance − deadband for at least {@code offDelay} (without a deadband it
     * chatters at the tolerance).
     */
    record Deviation(double expected, double tolerance, double deadband, Duration onDelay, Duration offDelay) implements Condition {
        public Deviation {
            require(tolerance > 0, "the tolerance must be more than 0, not " + tolerance);
            require(deadband >= 0 && deadband < tolerance, "the deadband must be 0 or more and less than the tolerance, not " + deadband);
            require(!onDelay.isNegative(), "the on-delay must not be negative");
            require(!offDelay.isNegative(), "the off-delay must not be negative");
        }

        public Deviation(double expected, double tolerance, Duration onDelay) {
            this(expected, tolerance, 0, onDelay, Duration.ZERO);
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

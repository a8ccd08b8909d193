package eu.sharingcities.commands;

import eu.sharingcities.ingest.config.WriteLimits;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The platform's limits on a command, checked before anything is sent: range, largest step, fewest seconds between writes. */
final class CommandCheck {

    private CommandCheck() {
    }

    /** What is wrong with writing {@code requested}, or empty when it may be sent. */
    static Optional<String> problem(WritablePoint point, double current, double requested, Instant lastCommand, Instant now) {
        WriteLimits limits = point.limits();
        String unit = point.unit().isEmpty() ? "" : " " + point.unit();
        if (!Double.isFinite(requested)) {
            return Optional.of("the value must be a number");
        }
        if (requested < limits.min() || requested > limits.max()) {
            return Optional.of(String.format(java.util.Locale.ROOT, "%s%s is outside the limits of %s, %s to %s%s: choose a value within them",
                    number(requested), unit, point.code(), number(limits.min()), number(limits.max()), unit));
        }
        if (!Double.isFinite(current)) {
            // fail closed: without the controller's value the step limit cannot be checked (issue 13)
            return Optional.of(String.format(java.util.Locale.ROOT, "the controller's current value of %s cannot be read (bad or missing), "
                    + "so the step limit of %s%s cannot be checked: nothing was sent; check the controller and try again",
                    point.code(), number(limits.maxStep()), unit));
        }
        if (Math.abs(requested - current) > limits.maxStep() + 1e-9) {
            return Optional.of(String.format(java.util.Locale.ROOT, "%s%s is %s from the controller's %s%s; %s allows at most %s%s at a time: go in smaller steps",
                    number(requested), unit, number(Math.abs(requested - current)), number(current), unit, point.code(), number(limits.maxStep()), unit));
        }
        if (lastCommand != null) {
            Instant allowed = lastCommand.plus(limits.minInterval());
            if (now.isBefore(allowed)) {
                long wait = Math.max(1, Duration.between(now, allowed).toMillis() / 1000 + 1);
                return Optional.of(String.format(java.util.Locale.ROOT, "%s was written %d s ago; it takes one command per %d s: try again in %d s",
                        point.code(), Duration.between(lastCommand, now).toSeconds(), limits.minInterval().toSeconds(), wait));
            }
        }
        return Optional.empty();
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}

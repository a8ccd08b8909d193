package eu.sharingcities.commands;

import eu.sharingcities.ingest.config.WriteLimits;
import eu.sharingcities.text.Message;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The platform's limits on a command, checked before anything is sent: range, largest step, fewest seconds between writes. */
final class CommandCheck {

    private CommandCheck() {
    }

    /** What is wrong with writing {@code requested}, or empty when it may be sent. */
    static Optional<Message> problem(WritablePoint point, double current, double requested, Instant lastCommand, Instant now) {
        WriteLimits limits = point.limits();
        String unit = point.unit().isEmpty() ? "" : " " + point.unit();
        if (!Double.isFinite(requested)) {
            return Optional.of(Message.of("command.problem.nan"));
        }
        if (requested < limits.min() || requested > limits.max()) {
            return Optional.of(Message.of("command.problem.limits", amount(requested), unit, point.code(), amount(limits.min()), amount(limits.max())));
        }
        if (!Double.isFinite(current)) {
            // fail closed: without the controller's value the step limit cannot be checked (issue 13)
            return Optional.of(Message.of("command.problem.unread", point.code(), amount(limits.maxStep()), unit));
        }
        if (Math.abs(requested - current) > limits.maxStep() + 1e-9) {
            return Optional.of(Message.of("command.problem.step", amount(requested), unit, amount(Math.abs(requested - current)), amount(current),
                    point.code(), amount(limits.maxStep())));
        }
        if (lastCommand != null) {
            Instant allowed = lastCommand.plus(limits.minInterval());
            if (now.isBefore(allowed)) {
                long wait = Math.max(1, Duration.between(now, allowed).toMillis() / 1000 + 1);
                return Optional.of(Message.of("command.problem.interval", point.code(), Duration.between(lastCommand, now).toSeconds(),
                        limits.minInterval().toSeconds(), wait));
            }
        }
        return Optional.empty();
    }

    /** A value as {@link #number} writes it, with the reader's decimal mark. */
    static Message amount(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? Message.of("number.whole", (long) value) : Message.of("number.decimal", value);
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}

package eu.sharingcities.ingest;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;

import java.time.Duration;

/**
 * Turns what a controller sent into a reading, or says why it cannot be one. Numbers and booleans
 * become engineering values (scale and offset applied); a Bad status is kept with NaN; a non-finite
 * number with a Good status is kept as Bad_OutOfRange. Rejected, with a reason that is counted:
 * other types ({@code wrong-type}) and source times too far in the future ({@code clock-skew}).
 */
public final class ValueConversion {

    /** The result: a reading, or the reason there is none. */
    public sealed interface Outcome {
    }

    public record Accepted(Reading reading) implements Outcome {
    }

    public record Rejected(String reason) implements Outcome {
    }

    private static final int BAD_OUT_OF_RANGE = (int) StatusCodes.Bad_OutOfRange;
    private final long maxSkewMicros;

    public ValueConversion(Duration maxClockSkew) {
        this.maxSkewMicros = maxClockSkew.toNanos() / 1000;
    }

    public Outcome convert(BoundPoint point, DataValue value, long nowMicros) {
        DateTime time = value.getSourceTime() != null && !value.getSourceTime().isNull() ? value.getSourceTime() : value.getServerTime();
        if (time == null || time.isNull()) {
            return new Rejected("no-timestamp");
        }
        long micros = time.getJavaTime() * 1000 + (time.getUtcTime() % 10_000) / 10;
        if (micros > nowMicros + maxSkewMicros) {
            return new Rejected("clock-skew");
        }
        int status = value.getStatusCode() == null ? 0 : (int) value.getStatusCode().getValue();
        Object raw = value.getValue() == null ? null : value.getValue().getValue();
        boolean bad = (status & 0x80000000) != 0;
        if (raw == null) {
            return bad ? new Accepted(new Reading(point.pointId(), micros, Double.NaN, status)) : new Rejected("no-value");
        }
        double number;
        if (raw instanceof Number n) {
            number = n.doubleValue();
        } else if (raw instanceof Boolean b) {
            number = b ? 1 : 0;
        } else {
            return new Rejected("wrong-type");
        }
        if (!Double.isFinite(number)) {
            return new Accepted(new Reading(point.pointId(), micros, Double.NaN, bad ? status : BAD_OUT_OF_RANGE));
        }
        return new Accepted(new Reading(point.pointId(), micros, point.binding().toEngineeringValue(number), status));
    }
}

package eu.sharingcities.ingest;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Readings on their way to PostgreSQL, column by column (no object per value): point, source time
 * in microseconds since the Unix epoch, engineering value (NaN when the source sent none), and
 * the OPC UA status code's 32 bits.
 */
public final class ReadingBatch {

    /** PostgreSQL counts timestamps from 2000-01-01, in microseconds. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    private static final byte[] COPY_SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private int[] points;
    private long[] micros;
    private double[] values;
    private int[] statuses;
    private int size;

    public ReadingBatch(int capacity) {
        points = new int[capacity];
        micros = new long[capacity];
        values = new double[capacity];
        statuses = new int[capacity];
    }

    public void add(int pointId, long epochMicros, double value, int status) {
        if (size == points.length) {
            int grown = Math.max(16, size * 2);
            points = Arrays.copyOf(points, grown);
            micros = Arrays.copyOf(micros, grown);
            values = Arrays.copyOf(values, grown);
            statuses = Arrays.copyOf(statuses, grown);
        }
        points[size] = pointId;
        micros[size] = epochMicros;
        values[size] = value;
        statuses[size] = status;
        size++;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int point(int i) {
        return points[i];
    }

    public long epochMicros(int i) {
        return micros[i];
    }

    public double value(int i) {
        return values[i];
    }

    public int status(int i) {
        return statuses[i];
    }

    public void clear() {
        size = 0;
    }

    /** The oldest source time in the batch, for the source→commit lag. */
    public long oldestEpochMicros() {
        long oldest = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            oldest = Math.min(oldest, micros[i]);
        }
        return oldest;
    }

    /** This batch in PostgreSQL's binary COPY format for (point_id int4, source_time timestamptz, value float8, status int4). */
    public byte[] toBinaryCopy() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(25 + size * 38);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(COPY_SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension length
            for (int i = 0; i < size; i++) {
                out.writeShort(4);
                out.writeInt(4);
                out.writeInt(points[i]);
                out.writeInt(8);
                out.writeLong(micros[i] - POSTGRES_EPOCH_MICROS);
                out.writeInt(8);
                out.writeDouble(values[i]);
                out.writeInt(4);
                out.writeInt(statuses[i]);
            }
            out.writeShort(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

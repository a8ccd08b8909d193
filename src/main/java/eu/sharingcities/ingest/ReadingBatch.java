package eu.sharingcities.ingest;

import java.util.Arrays;

/**
 * Readings on their way to PostgreSQL, column by column (no object per value): point, source time
 * in microseconds since the Unix epoch, engineering value (NaN when the source sent none), and
 * the OPC UA status code's 32 bits.
 */
public final class ReadingBatch {


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

    /** This batch in PostgreSQL's binary COPY format for (point_id int4, source_time timestamptz, value float8, status int4). */
    public byte[] toBinaryCopy() {
        BinaryCopy copy = new BinaryCopy(25 + size * 38);
        for (int i = 0; i < size; i++) {
            copy.row(4).int4(points[i]).timestamp(micros[i]).float8(values[i]).int4(statuses[i]);
        }
        return copy.finish();
    }
}

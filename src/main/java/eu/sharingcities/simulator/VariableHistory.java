package eu.sharingcities.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The last {@code capacity} values (changes) of one variable, oldest overwritten first, for HistoryRead.
 * Primitive arrays keep 20,000 variables' history small (16 bytes a value).
 */
final class VariableHistory {

    record Sample(long epochMillis, double value) {
    }

    private final long[] times;
    private final double[] values;
    private int next;
    private int size;

    VariableHistory(int capacity) {
        times = new long[capacity];
        values = new double[capacity];
    }

    synchronized void add(long epochMillis, double value) {
        if (times.length == 0) {
            return;
        }
        times[next] = epochMillis;
        values[next] = value;
        next = (next + 1) % times.length;
        size = Math.min(size + 1, times.length);
    }

    /** Samples with {@code from <= time <= to}, oldest first, at most {@code limit}. */
    synchronized List<Sample> between(long from, long to, int limit) {
        List<Sample> found = new ArrayList<>();
        int start = (next - size + times.length) % Math.max(times.length, 1);
        for (int i = 0; i < size && found.size() < limit; i++) {
            int at = (start + i) % times.length;
            if (times[at] >= from && times[at] <= to) {
                found.add(new Sample(times[at], values[at]));
            }
        }
        return found;
    }
}

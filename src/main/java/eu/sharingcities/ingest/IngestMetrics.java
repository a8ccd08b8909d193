package eu.sharingcities.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the pipeline counts: values received and committed, duplicates ignored, rejects by reason,
 * the last batch size and source→commit lag. Cheap to update from many threads.
 */
public final class IngestMetrics {

    private final LongAdder received = new LongAdder();
    private final LongAdder committed = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder spooled = new LongAdder();
    private final Map<String, LongAdder> rejects = new ConcurrentHashMap<>();
    private final AtomicLong lastBatchSize = new AtomicLong();
    private final AtomicLong lastLagMillis = new AtomicLong();
    private final AtomicLong maxLagMillis = new AtomicLong();
    /** Readings by source→commit lag, in 10 ms steps up to 60 s (the last bucket holds the rest). */
    private final java.util.concurrent.atomic.AtomicLongArray lagHistogram = new java.util.concurrent.atomic.AtomicLongArray(6_001);

    void received(long n) {
        received.add(n);
    }

    /**
     * A batch committed at {@code commitMillis}: {@code inserted} of its readings were new. Each
     * reading's source→commit lag goes into the histogram; the batch's largest is the one shown as last.
     */
    void committed(ReadingBatch batch, int known, int inserted, long commitMillis) {
        committed.add(inserted);
        duplicates.add(known - inserted);
        lastBatchSize.set(batch.size());
        long largest = 0;
        for (int i = 0; i < batch.size(); i++) {
            long lag = Math.max(0, commitMillis - batch.epochMicros(i) / 1000);
            largest = Math.max(largest, lag);
            lagHistogram.incrementAndGet((int) Math.min(6_000, lag / 10));
        }
        lastLagMillis.set(largest);
        maxLagMillis.accumulateAndGet(largest, Math::max);
    }

    /** The lag (ms) that {@code share} of the committed readings stayed under, e.g. 0.99. */
    public long lagPercentileMillis(double share) {
        long total = 0;
        for (int i = 0; i < lagHistogram.length(); i++) {
            total += lagHistogram.get(i);
        }
        long seen = 0;
        for (int i = 0; i < lagHistogram.length(); i++) {
            seen += lagHistogram.get(i);
            if (total > 0 && seen >= share * total) {
                return (i + 1) * 10L;
            }
        }
        return 0;
    }

    /** Forgets the lags seen so far, e.g. those of a warm-up. */
    public void resetLag() {
        for (int i = 0; i < lagHistogram.length(); i++) {
            lagHistogram.set(i, 0);
        }
    }

    void spooled(long n) {
        spooled.add(n);
    }

    /** Counts a value that was not kept, with why (e.g. {@code unknown-node}, {@code spool-full}). */
    public void rejected(String reason, long n) {
        rejects.computeIfAbsent(reason, r -> new LongAdder()).add(n);
    }

    public Snapshot snapshot() {
        Map<String, Long> byReason = new java.util.TreeMap<>();
        rejects.forEach((reason, count) -> byReason.put(reason, count.sum()));
        return new Snapshot(received.sum(), committed.sum(), duplicates.sum(), spooled.sum(), byReason,
                lastBatchSize.get(), lastLagMillis.get(), maxLagMillis.get());
    }

    /** The counters at one moment. */
    public record Snapshot(long received, long committed, long duplicates, long spooled, Map<String, Long> rejects,
                           long lastBatchSize, long lastLagMillis, long maxLagMillis) {
    }
}

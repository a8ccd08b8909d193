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

    void received(long n) {
        received.add(n);
    }

    void committed(int batchSize, int inserted, long lagMillis) {
        committed.add(inserted);
        duplicates.add(batchSize - inserted);
        lastBatchSize.set(batchSize);
        lastLagMillis.set(lagMillis);
        maxLagMillis.accumulateAndGet(lagMillis, Math::max);
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

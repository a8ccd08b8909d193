package eu.sharingcities.ingest;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Accepted readings → one bounded queue → batches (flushed at {@code maxBatch} readings or when the
 * oldest waited {@code maxAge}) → {@link ReadingWriter}. When PostgreSQL fails, batches go to the
 * {@link Spool} and the writer retries every {@code retryInterval}; once it is back, the spool is
 * replayed before new batches. When the queue is full, readings overflow to the spool instead of
 * being dropped, so the heap stays bounded. Nothing accepted is lost unless the spool is full,
 * which is counted as the reject reason {@code spool-full} and logged.
 */
public final class IngestPipeline implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(IngestPipeline.class.getName());

    /** Sizes and times of the pipeline. */
    public record Settings(int queueCapacity, int maxBatch, Duration maxAge, Duration retryInterval, Duration rollupInterval) {
        public static final Settings DEFAULT = new Settings(500_000, 100_000, Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(5));

        public Settings(int queueCapacity, int maxBatch, Duration maxAge, Duration retryInterval) {
            this(queueCapacity, maxBatch, maxAge, retryInterval, Duration.ofSeconds(1));
        }
    }

    private final Settings settings;
    private final Connector database;
    private final Spool spool;
    private final IngestMetrics metrics;
    private final ArrayBlockingQueue<Reading> queue;
    private final ReadingBatch overflow;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean databaseUp;
    private volatile String lastError = "";
    private ReadingWriter writer;
    private long nextAttempt;
    private final RollupFolder folder;

    public IngestPipeline(Settings settings, Connector database, Spool spool, IngestMetrics metrics) {
        this.settings = settings;
        this.database = database;
        this.spool = spool;
        this.metrics = metrics;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.overflow = new ReadingBatch(1024);
        this.folder = new RollupFolder(database, settings.rollupInterval());
        this.thread = Thread.ofPlatform().name("ingest-writer").daemon().start(this::run);
    }

    private final List<Consumer<Reading>> taps = new CopyOnWriteArrayList<>();

    /** Also hands every reading to {@code tap} (the alarms, the SCADA server), which must return at once. */
    public void tap(Consumer<Reading> tap) {
        taps.add(tap);
    }

    public void untap(Consumer<Reading> tap) {
        taps.remove(tap);
    }

    /** Takes one reading; never blocks the OPC UA client's thread for long, never drops silently. */
    public void accept(Reading reading) {
        metrics.received(1);
        for (Consumer<Reading> tap : taps) {
            tap.accept(reading);
        }
        if (queue.offer(reading)) {
            return;
        }
        synchronized (overflow) {
            overflow.add(reading.pointId(), reading.epochMicros(), reading.value(), reading.status());
            if (overflow.size() >= settings.maxBatch()) {
                spoolOverflow();
            }
        }
    }

    public int queueDepth() {
        return queue.size();
    }

    public boolean databaseUp() {
        return databaseUp;
    }

    public String lastError() {
        return lastError;
    }

    public long spoolBytes() {
        try {
            return spool.bytes();
        } catch (IOException e) {
            return -1;
        }
    }

    private void run() {
        ReadingBatch batch = new ReadingBatch(settings.maxBatch());
        while (running || !queue.isEmpty()) {
            try {
                fill(batch);
                synchronized (overflow) {
                    spoolOverflow();
                }
                if (ensureWriter()) {
                    replaySpool();
                }
                commitOrSpool(batch);
            } catch (InterruptedException e) {
                running = false;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "ingestion writer loop", e);
            } finally {
                batch.clear();
            }
        }
        closeWriter();
    }

    /** Waits for a first reading, then takes more until the batch is full or the first one is maxAge old. */
    private void fill(ReadingBatch batch) throws InterruptedException {
        Reading first = queue.poll(settings.maxAge().toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            return;
        }
        add(batch, first);
        long deadline = System.nanoTime() + settings.maxAge().toNanos();
        while (batch.size() < settings.maxBatch()) {
            long wait = deadline - System.nanoTime();
            Reading next = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : queue.poll();
            if (next == null) {
                return;
            }
            add(batch, next);
        }
    }

    private static void add(ReadingBatch batch, Reading r) {
        batch.add(r.pointId(), r.epochMicros(), r.value(), r.status());
    }

    private void commitOrSpool(ReadingBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (writer != null) {
            try {
                record(batch, writer.write(batch));
                return;
            } catch (SQLException e) {
                if (!isUnreachable(e)) {
                    refuse(batch, e);
                    return;
                }
                databaseDown(e);
            }
        }
        toSpool(batch);
    }

    private void record(ReadingBatch batch, ReadingWriter.WriteResult result) {
        int known = batch.size() - result.unknownPoints();
        metrics.committed(batch, known, result.inserted(), System.currentTimeMillis());
        if (result.unknownPoints() > 0) {
            metrics.rejected("unknown-point", result.unknownPoints());
            LOG.warning("ingestion: " + result.unknownPoints() + " readings of points that no longer exist were not stored");
        }
    }

    /**
     * PostgreSQL gone, restarting or out of resources: worth spooling and retrying. Anything else
     * (a constraint, bad data) fails again on every retry and would block the spool forever.
     */
    static boolean isUnreachable(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.startsWith("40");
    }

    private void refuse(ReadingBatch batch, SQLException e) {
        metrics.rejected("write-refused", batch.size());
        LOG.severe("ingestion: PostgreSQL refused " + batch.size() + " readings (" + e.getSQLState() + ": " + e.getMessage()
                + "); they are counted as rejected, the pipeline goes on");
    }

    private boolean ensureWriter() {
        if (writer != null) {
            return true;
        }
        if (System.currentTimeMillis() < nextAttempt) {
            return false;
        }
        try {
            writer = ReadingWriter.on(database.open());
            databaseUp = true;
            lastError = "";
            LOG.info("ingestion: PostgreSQL reachable; writing readings");
            return true;
        } catch (SQLException e) {
            databaseDown(e);
            return false;
        }
    }

    private void replaySpool() {
        try {
            while (writer != null && spool.replayOldest(replayed -> {
                try {
                    record(replayed, writer.write(replayed));
                } catch (SQLException e) {
                    if (isUnreachable(e)) {
                        throw e; // keep the segment for the next try
                    }
                    refuse(replayed, e);
                }
            })) {
                LOG.fine("ingestion: replayed a spool segment");
            }
        } catch (SQLException e) {
            databaseDown(e);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "ingestion: replaying the spool failed; it is kept for the next try", e);
        }
    }

    private void databaseDown(SQLException e) {
        if (databaseUp || lastError.isEmpty()) {
            LOG.warning("ingestion: PostgreSQL failed (" + e.getMessage() + "); readings go to the spool until it is back");
        }
        databaseUp = false;
        lastError = e.getMessage();
        closeWriter();
        nextAttempt = System.currentTimeMillis() + settings.retryInterval().toMillis();
    }

    private void spoolOverflow() {
        if (!overflow.isEmpty()) {
            toSpool(overflow);
            overflow.clear();
        }
    }

    private void toSpool(ReadingBatch batch) {
        try {
            spool.append(batch);
            metrics.spooled(batch.size());
        } catch (IOException e) {
            metrics.rejected("spool-full", batch.size());
            LOG.severe("ingestion: " + batch.size() + " readings lost: " + e.getMessage());
        }
    }

    private void closeWriter() {
        if (writer != null) {
            writer.closeQuietly();
            writer = null;
        }
    }

    /** Stops taking readings, writes or spools what is queued, and stops the writer. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(TimeUnit.SECONDS.toMillis(30));
        synchronized (overflow) {
            spoolOverflow();
        }
        folder.close();
    }
}

package eu.sharingcities.ingest;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Folds committed readings into the rollups every few seconds on a connection and thread of its
 * own, so a fold never holds up the batches behind it (PostgreSQL runs the two on separate
 * backends). Safe beside writers and other folders: each fold deletes the queued rows it folds, and
 * rows committed after its statement began wait for the next one.
 */
final class RollupFolder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RollupFolder.class.getName());

    private final IngestPipeline.WriterFactory connections;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("ingest-rollups").daemon().unstarted(r));
    private ReadingWriter connection;

    RollupFolder(IngestPipeline.WriterFactory connections, java.time.Duration interval) {
        this.connections = connections;
        thread.scheduleWithFixedDelay(this::fold, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fold() {
        try {
            if (connection == null) {
                connection = connections.open();
            }
            connection.foldRollups();
        } catch (SQLException e) {
            // PostgreSQL away or restarting: what is queued stays queued for the next fold
            LOG.fine("ingestion: folding the rollups failed (" + e.getMessage() + "); trying again at the next fold");
            closeConnection();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            connection.closeQuietly();
            connection = null;
        }
    }

    /** One last fold of what the writer committed, then the connection is closed. */
    @Override
    public synchronized void close() throws InterruptedException {
        if (thread.isShutdown()) {
            return;
        }
        thread.execute(this::fold);
        thread.execute(this::closeConnection);
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);
    }
}

package eu.sharingcities.ingest;

/** The shared pipeline's state: counters, queue, spool and whether PostgreSQL takes writes. */
public record PipelineStatus(IngestMetrics.Snapshot metrics, int queueDepth, long spoolBytes, boolean databaseUp, String lastError) {
}

package eu.sharingcities.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * The pipeline's and each endpoint's figures as MicroProfile Metrics ({@code /metrics}, Prometheus
 * format): values received, committed, duplicate, spooled and rejected (by reason), queue depth,
 * spool bytes, batch size, source→commit lag, and per endpoint whether it is connected.
 */
@ApplicationScoped
public class IngestionGauges {

    /** The reasons a value can be rejected for; each gets its own series. */
    static final List<String> REJECT_REASONS = List.of("wrong-type", "clock-skew", "no-timestamp", "no-value", "unknown-node",
            "unknown-namespace", "server-discarded", "spool-full", "write-refused", "unknown-point");

    @Inject
    MetricRegistry registry;

    private final Set<String> endpointsRegistered = ConcurrentHashMap.newKeySet();

    void registerPipeline(Ingestion ingestion) {
        pipeline(ingestion, "ingest_values_received_total", s -> s.metrics().received());
        pipeline(ingestion, "ingest_values_committed_total", s -> s.metrics().committed());
        pipeline(ingestion, "ingest_values_duplicate_total", s -> s.metrics().duplicates());
        pipeline(ingestion, "ingest_values_spooled_total", s -> s.metrics().spooled());
        pipeline(ingestion, "ingest_queue_depth", PipelineStatus::queueDepth);
        pipeline(ingestion, "ingest_spool_bytes", PipelineStatus::spoolBytes);
        pipeline(ingestion, "ingest_batch_size_last", s -> s.metrics().lastBatchSize());
        pipeline(ingestion, "ingest_lag_milliseconds_last", s -> s.metrics().lastLagMillis());
        pipeline(ingestion, "ingest_database_up", s -> s.databaseUp() ? 1 : 0);
        for (String reason : REJECT_REASONS) {
            registry.gauge("ingest_values_rejected_total", ingestion, i -> i.pipeline().metrics().rejects().getOrDefault(reason, 0L),
                    new Tag("reason", reason));
        }
    }

    void registerEndpoint(Ingestion ingestion, String city, String endpoint) {
        if (!endpointsRegistered.add(city + "/" + endpoint)) {
            return;
        }
        Tag[] tags = {new Tag("city", city), new Tag("endpoint", endpoint)};
        registry.gauge("ingest_endpoint_connected", ingestion, i -> endpoint(i, city, endpoint, e -> e.state() == EndpointState.CONNECTED ? 1 : 0), tags);
        registry.gauge("ingest_endpoint_values_received_total", ingestion, i -> endpoint(i, city, endpoint, EndpointStatus::valuesReceived), tags);
    }

    private void pipeline(Ingestion ingestion, String name, ToLongFunction<PipelineStatus> value) {
        registry.gauge(name, ingestion, i -> value.applyAsLong(i.pipeline()));
    }

    private static long endpoint(Ingestion ingestion, String city, String endpoint, ToLongFunction<EndpointStatus> value) {
        return ingestion.status(city).flatMap(s -> s.endpoints().stream().filter(e -> e.endpointId().equals(endpoint)).findFirst())
                .map(value::applyAsLong).orElse(0L);
    }
}

package eu.sharingcities.ingest;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * The pipeline's and each endpoint's figures for Prometheus ({@code /api/metrics}): values
 * received, committed, duplicate, spooled and rejected (by reason) as counters ({@code _total}),
 * queue depth, spool bytes, batch size, source→commit lag, and per endpoint whether it is connected.
 */
@ApplicationScoped
public class IngestionGauges {

    /** The reasons a value can be rejected for; each gets its own series. */
    static final List<String> REJECT_REASONS = List.of("wrong-type", "clock-skew", "no-timestamp", "no-value", "unknown-node",
            "unknown-namespace", "server-discarded", "spool-full", "write-refused", "unknown-point");

    @Inject
    MeterRegistry registry;

    private final Set<String> endpointsRegistered = ConcurrentHashMap.newKeySet();

    void registerPipeline(Ingestion ingestion) {
        counter(ingestion, "ingest_values_received", s -> s.metrics().received());
        counter(ingestion, "ingest_values_committed", s -> s.metrics().committed());
        counter(ingestion, "ingest_values_duplicate", s -> s.metrics().duplicates());
        counter(ingestion, "ingest_values_spooled", s -> s.metrics().spooled());
        pipeline(ingestion, "ingest_queue_depth", PipelineStatus::queueDepth);
        pipeline(ingestion, "ingest_spool_bytes", PipelineStatus::spoolBytes);
        pipeline(ingestion, "ingest_batch_size_last", s -> s.metrics().lastBatchSize());
        pipeline(ingestion, "ingest_lag_milliseconds_last", s -> s.metrics().lastLagMillis());
        pipeline(ingestion, "ingest_database_up", s -> s.databaseUp() ? 1 : 0);
        for (String reason : REJECT_REASONS) {
            FunctionCounter.builder("ingest_values_rejected", ingestion, i -> i.pipeline().metrics().rejects().getOrDefault(reason, 0L))
                    .tag("reason", reason).register(registry);
        }
    }

    void registerEndpoint(Ingestion ingestion, String city, String endpoint) {
        if (!endpointsRegistered.add(city + "/" + endpoint)) {
            return;
        }
        Tags tags = Tags.of("city", city, "endpoint", endpoint);
        Gauge.builder("ingest_endpoint_connected", ingestion, i -> endpoint(i, city, endpoint, e -> e.state() == EndpointState.CONNECTED ? 1 : 0))
                .tags(tags).register(registry);
        FunctionCounter.builder("ingest_endpoint_values_received", ingestion, i -> endpoint(i, city, endpoint, EndpointStatus::valuesReceived))
                .tags(tags).register(registry);
    }

    private void pipeline(Ingestion ingestion, String name, ToLongFunction<PipelineStatus> value) {
        Gauge.builder(name, ingestion, i -> value.applyAsLong(i.pipeline())).register(registry);
    }

    private void counter(Ingestion ingestion, String name, ToLongFunction<PipelineStatus> value) {
        FunctionCounter.builder(name, ingestion, i -> value.applyAsLong(i.pipeline())).register(registry);
    }

    private static long endpoint(Ingestion ingestion, String city, String endpoint, ToLongFunction<EndpointStatus> value) {
        return ingestion.status(city).flatMap(s -> s.endpoints().stream().filter(e -> e.endpointId().equals(endpoint)).findFirst())
                .map(value::applyAsLong).orElse(0L);
    }
}

package eu.sharingcities.ingest.config;

import java.time.Duration;
import java.util.List;

/**
 * One controller endpoint: where it is, how to talk to it securely, how often to sample and
 * publish, and which of its nodes become which points. {@code deadband} is absolute, in the node's
 * raw unit (0 = every change). {@code insecure}: the operator accepted policy None for a
 * controller that can do no better; the Ingestion page shows it in red.
 */
public record EndpointSettings(String id, String url, SecurityPolicyName policy, SecurityModeName mode, boolean insecure,
                               Authentication authentication, Duration publishingInterval, Duration samplingInterval,
                               int queueSize, double deadband, List<PointBinding> points) {

    public EndpointSettings {
        points = List.copyOf(points);
    }
}

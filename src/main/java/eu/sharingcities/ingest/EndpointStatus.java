package eu.sharingcities.ingest;

import java.time.Instant;

/** An endpoint's state for the portal and the metrics: connected or not, and the last problem in words. */
public record EndpointStatus(String cityCode, String endpointId, String url, EndpointState state, String lastMessage,
                             Instant since, int points, int unresolvedPoints, long valuesReceived) {
}

package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.EndpointSettings;

import java.time.Instant;

/**
 * An endpoint's state for the portal and the metrics: connected or not, the last problem in words,
 * and its security ("Basic256Sha256 SignAndEncrypt"; {@code insecure} when None was accepted).
 */
public record EndpointStatus(String cityCode, String endpointId, String url, EndpointState state, String lastMessage,
                             Instant since, int points, int unresolvedPoints, long valuesReceived, String security, boolean insecure) {

    static String security(EndpointSettings settings) {
        return settings.policy().written() + " " + settings.mode().written();
    }
}

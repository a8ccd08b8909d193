package eu.sharingcities.ingest;

/** Where an endpoint's connection is, as operators see it. */
public enum EndpointState {
    CONNECTING, CONNECTED, RECONNECTING, ERROR, STOPPED,
    /** Another platform instance of the cluster holds this endpoint and connects to it. */
    ELSEWHERE
}

package eu.sharingcities.ingest;

/** Where an endpoint's connection is, as operators see it. */
public enum EndpointState {
    CONNECTING, CONNECTED, RECONNECTING, ERROR, STOPPED
}

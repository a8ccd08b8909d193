package eu.sharingcities.ingest;

/** One accepted value: point, source time in µs since the Unix epoch, engineering value, OPC UA status bits. */
public record Reading(int pointId, long epochMicros, double value, int status) {
}

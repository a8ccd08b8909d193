package eu.sharingcities.ingest;

/** One accepted value: point, source time in µs since the Unix epoch, engineering value, OPC UA status bits. */
public record Reading(int pointId, long epochMicros, double value, int status) {

    /** The status code's severity bits (OPC UA Part 4, 7.39.2: 00 Good, 01 Uncertain, 1x Bad). */
    public static final int SEVERITY_BITS = 0xC0000000;

    /**
     * The one rule for a reading that counts (in rollups, charts, alarm rules, M&V): Good status and
     * a finite value. Its SQL twin is the function {@code reading_is_good} (migration V25).
     */
    public static boolean isGood(int status, double value) {
        return (status & SEVERITY_BITS) == 0 && Double.isFinite(value);
    }

    public boolean isGood() {
        return isGood(status, value);
    }
}

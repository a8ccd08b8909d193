package eu.sharingcities.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an endpoint's back-fill must start reading, per point: the source time (µs) of the last
 * value received, and, once values were lost (session lost, notifications lost, platform restarted),
 * those times as they were then. A revived session may deliver new values before the back-fill
 * runs, and the hole must be read from where it began.
 */
final class OutageStart {

    private final Map<Integer, Long> lastSeen = new ConcurrentHashMap<>();
    /** {@link #lastSeen} when values were lost; null while nothing is missing. */
    private Map<Integer, Long> marked;

    /** A value of the point was delivered. */
    void seen(int pointId, long micros) {
        lastSeen.merge(pointId, micros, Math::max);
    }

    /** The platform starts after a stop: what it stored last is where the hole begins. */
    synchronized void resumeAfter(Map<Integer, Long> newestStored) {
        lastSeen.putAll(newestStored);
        marked = newestStored.isEmpty() ? null : Map.copyOf(newestStored);
    }

    /**
     * Values were lost: keeps where the hole begins, {@code marginMicros} before each point's last
     * value (lost notifications may be noticed after newer ones arrived); the first loss counts
     * until a back-fill has covered it.
     */
    synchronized void mark(long marginMicros) {
        if (marked == null && !lastSeen.isEmpty()) {
            Map<Integer, Long> from = new HashMap<>();
            lastSeen.forEach((point, micros) -> from.put(point, micros - marginMicros));
            marked = Map.copyOf(from);
        }
    }

    /** The marked hole, now in the back-fill's hands (null if none was marked); {@link #giveBack} it if the back-fill fails. */
    synchronized Map<Integer, Long> take() {
        Map<Integer, Long> hole = marked;
        marked = null;
        return hole;
    }

    /** A back-fill failed: the next session reads the hole again, unless a newer loss was marked meanwhile. */
    synchronized void giveBack(Map<Integer, Long> hole) {
        if (marked == null) {
            marked = hole;
        }
    }

    /** Each point's last value, for a back-fill when no hole was marked (a revived session's). */
    Map<Integer, Long> lastSeen() {
        return Map.copyOf(lastSeen);
    }
}

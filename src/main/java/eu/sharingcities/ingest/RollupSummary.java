package eu.sharingcities.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * A batch summarised per point and 15-minute bucket, the shape of {@code rollup_pending}: what the
 * fold needs from readings written by the fast path, in far fewer rows than the readings when a
 * batch holds several values of a point. Good means an OPC UA Good status and a finite value.
 */
final class RollupSummary {

    private static final long BUCKET_MICROS = 15 * 60 * 1_000_000L; // buckets start at whole quarter hours (UTC), as date_bin's

    private static final class Bucket {
        final int point;
        final long start;
        int readings;
        int samples;
        double total;
        double minimum = Double.POSITIVE_INFINITY;
        double maximum = Double.NEGATIVE_INFINITY;
        double lastValue;
        long lastTime = Long.MIN_VALUE;
        long latestTime = Long.MIN_VALUE;
        double latestValue;
        int latestStatus;

        Bucket(int point, long start) {
            this.point = point;
            this.start = start;
        }
    }

    private RollupSummary() {
    }

    /** The batch's summary as binary COPY input for rollup_pending. */
    static byte[] toCopy(ReadingBatch batch) {
        Map<Long, Bucket> buckets = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            long micros = batch.epochMicros(i);
            long index = Math.floorDiv(micros, BUCKET_MICROS);
            int point = batch.point(i);
            Bucket b = buckets.computeIfAbsent(((long) point << 32) | (index & 0xffffffffL), k -> new Bucket(point, index * BUCKET_MICROS));
            double value = batch.value(i);
            int status = batch.status(i);
            b.readings++;
            if (micros > b.latestTime) {
                b.latestTime = micros;
                b.latestValue = value;
                b.latestStatus = status;
            }
            if (Reading.isGood(status, value)) {
                b.samples++;
                b.total += value;
                b.minimum = Math.min(b.minimum, value);
                b.maximum = Math.max(b.maximum, value);
                if (micros > b.lastTime) {
                    b.lastTime = micros;
                    b.lastValue = value;
                }
            }
        }
        BinaryCopy copy = new BinaryCopy(25 + buckets.size() * 110);
        for (Bucket b : buckets.values()) {
            copy.row(12).int4(b.point).timestamp(b.start).int4(b.readings).int4(b.samples);
            if (b.samples > 0) {
                copy.float8(b.total).float8(b.minimum).float8(b.maximum).float8(b.lastValue).timestamp(b.lastTime);
            } else {
                copy.nullField().nullField().nullField().nullField().nullField();
            }
            copy.timestamp(b.latestTime).float8(b.latestValue).int4(b.latestStatus);
        }
        return copy.finish();
    }
}

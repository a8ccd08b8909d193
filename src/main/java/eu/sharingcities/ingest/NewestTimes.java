package eu.sharingcities.ingest;

import java.util.Arrays;

/**
 * Each point's newest committed source time (µs), indexed by point id (ids are a dense sequence),
 * kept by the one writer that commits them. A batch whose rows are all newer — and strictly
 * increasing per point within the batch — cannot collide with the primary key and may skip dedupe.
 * Points the writer has not been told of are unknown: their rows always take the careful path.
 */
final class NewestTimes {

    static final long UNKNOWN = Long.MIN_VALUE;
    static final long NOTHING_STORED = Long.MIN_VALUE + 1;

    private long[] newest = new long[1024];

    NewestTimes() {
        Arrays.fill(newest, UNKNOWN);
    }

    void know(int point, long micros) {
        grow(point);
        newest[point] = Math.max(newest[point], micros);
    }

    /** The times after this batch if every row is certainly new; null otherwise. */
    long[] ifAllNew(ReadingBatch batch) {
        long[] after = newest.clone();
        for (int i = 0; i < batch.size(); i++) {
            int point = batch.point(i);
            if (point < 0 || point >= after.length || after[point] == UNKNOWN) {
                return null;
            }
            long micros = batch.epochMicros(i);
            if (micros <= after[point]) {
                return null;
            }
            after[point] = micros;
        }
        return after;
    }

    /** After a fast write: the times {@link #ifAllNew} computed. */
    void advance(long[] after) {
        newest = after;
    }

    /**
     * After a careful write: the batch's times raise those of known points; with {@code allExist}
     * (the database stored no reading of a missing point) its points become known too.
     */
    void advanceKnown(ReadingBatch batch, boolean allExist) {
        for (int i = 0; i < batch.size(); i++) {
            int point = batch.point(i);
            if (point < 0) {
                continue;
            }
            if (allExist) {
                know(point, batch.epochMicros(i));
            } else if (point < newest.length && newest[point] != UNKNOWN) {
                newest[point] = Math.max(newest[point], batch.epochMicros(i));
            }
        }
    }

    private void grow(int point) {
        if (point >= newest.length) {
            int old = newest.length;
            newest = Arrays.copyOf(newest, Math.max(point + 1, old * 2));
            Arrays.fill(newest, old, newest.length, UNKNOWN);
        }
    }
}

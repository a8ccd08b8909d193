package eu.sharingcities.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewestTimesTest {

    @Test
    void onlyBatchesOfKnownPointsWithStrictlyNewerRowsAreCertainlyNew() {
        NewestTimes newest = new NewestTimes();
        newest.know(1, 1_000);
        newest.know(2, NewestTimes.NOTHING_STORED);

        assertThat(newest.ifAllNew(batch(1, 1_001, 2, 5, 1, 1_002))).isNotNull();
        assertThat(newest.ifAllNew(batch(1, 1_000))).as("already stored").isNull();
        assertThat(newest.ifAllNew(batch(1, 1_005, 1, 1_005))).as("twice in one batch").isNull();
        assertThat(newest.ifAllNew(batch(1, 1_005, 1, 1_003))).as("older than an earlier row of the batch").isNull();
        assertThat(newest.ifAllNew(batch(3, 1))).as("a point the writer was not told of").isNull();
        assertThat(newest.ifAllNew(batch(5_000, 1))).as("beyond the ids seen so far").isNull();
    }

    @Test
    void aWriteMovesTheTimesOnAndACarefulWriteMakesExistingPointsKnown() {
        NewestTimes newest = new NewestTimes();
        newest.know(1, 1_000);
        newest.advance(newest.ifAllNew(batch(1, 2_000)));
        assertThat(newest.ifAllNew(batch(1, 1_500))).isNull();

        newest.advanceKnown(batch(7, 10), false);
        assertThat(newest.ifAllNew(batch(7, 11))).as("the point may not exist: still unknown").isNull();
        newest.advanceKnown(batch(7, 10), true);
        assertThat(newest.ifAllNew(batch(7, 11))).isNotNull();
        assertThat(newest.ifAllNew(batch(7, 10))).isNull();
    }

    /** Pairs of point id and µs. */
    private static ReadingBatch batch(long... pointsAndTimes) {
        ReadingBatch batch = new ReadingBatch(pointsAndTimes.length / 2);
        for (int i = 0; i < pointsAndTimes.length; i += 2) {
            batch.add((int) pointsAndTimes[i], pointsAndTimes[i + 1], 1.0, 0);
        }
        return batch;
    }
}

package eu.sharingcities.ingest;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutageStartTest {

    @Test
    void theFirstLossCountsUntilABackfillTakesIt() {
        OutageStart start = new OutageStart();
        start.seen(1, 1_000);
        start.seen(1, 900); // a back-filled older value does not move the point back
        start.mark(50);
        start.seen(1, 5_000); // a revived session delivers before the back-fill runs
        start.mark(0);

        assertThat(start.take()).isEqualTo(Map.of(1, 950L)); // 50 µs before the last value when the loss was marked
        assertThat(start.take()).isNull();
        assertThat(start.lastSeen()).isEqualTo(Map.of(1, 5_000L));
    }

    @Test
    void aFailedBackfillGivesItsHoleBackUnlessANewerLossWasMarked() {
        OutageStart start = new OutageStart();
        start.resumeAfter(Map.of(1, 1_000L, 2, 2_000L));
        Map<Integer, Long> hole = start.take();
        start.giveBack(hole);
        assertThat(start.take()).isEqualTo(Map.of(1, 1_000L, 2, 2_000L));

        start.seen(1, 3_000);
        start.mark(0);
        start.giveBack(hole);
        assertThat(start.take()).containsEntry(1, 3_000L);
    }

    @Test
    void nothingSeenNothingMarked() {
        OutageStart start = new OutageStart();
        start.mark(0);
        start.resumeAfter(Map.of());
        assertThat(start.take()).isNull();
    }
}

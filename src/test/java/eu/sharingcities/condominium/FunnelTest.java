package eu.sharingcities.condominium;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FunnelTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

    @Test
    void aCondominiumThatReachedAStagePassedTheOnesBeforeAndTimeIsMeasuredBetweenEntries() {
        List<StageEntry> history = List.of(
                new StageEntry(1, Stage.CONTACT, DAY, ""), new StageEntry(1, Stage.AUDIT, DAY.plusDays(30), ""),
                new StageEntry(1, Stage.WORKSHOPS, DAY.plusDays(90), ""), new StageEntry(1, Stage.ASSEMBLY, DAY.plusDays(100), ""),
                new StageEntry(1, Stage.FINANCING, DAY.plusDays(130), ""), new StageEntry(1, Stage.WORKS, DAY.plusDays(160), ""),
                new StageEntry(1, Stage.MONITORING, DAY.plusDays(300), ""), new StageEntry(1, Stage.REALISED, DAY.plusDays(400), ""),
                new StageEntry(2, Stage.CONTACT, DAY, ""), new StageEntry(2, Stage.AUDIT, DAY.plusDays(50), ""),
                new StageEntry(2, Stage.DROPPED, DAY.plusDays(80), ""));

        Funnel funnel = Funnel.of(DeliveryPath.CO_DESIGN, List.of(1L, 2L, 3L), history);

        assertThat(funnel.reachedShare().get(Stage.CONTACT)).isEqualTo(2 / 3.0);
        assertThat(funnel.reachedShare().get(Stage.AUDIT)).isEqualTo(2 / 3.0);
        assertThat(funnel.reachedShare().get(Stage.WORKSHOPS)).isEqualTo(1 / 3.0);
        assertThat(funnel.realisedShare()).isEqualTo(1 / 3.0);
        assertThat(funnel.meanDaysInStage().get(Stage.CONTACT)).isEqualTo(40.0);
        assertThat(funnel.meanDaysInStage().get(Stage.AUDIT)).isEqualTo(60.0);
        assertThat(funnel.meanDaysInStage()).doesNotContainKey(Stage.REALISED);
    }

    @Test
    void theConventionalPathDoesNotPassThroughWorkshops() {
        List<StageEntry> history = List.of(new StageEntry(7, Stage.CONTACT, DAY, ""), new StageEntry(7, Stage.AUDIT, DAY.plusDays(10), ""),
                new StageEntry(7, Stage.ASSEMBLY, DAY.plusDays(20), ""));

        Funnel funnel = Funnel.of(DeliveryPath.CONVENTIONAL, List.of(7L), history);

        assertThat(funnel.reachedShare().get(Stage.ASSEMBLY)).isEqualTo(1.0);
        assertThat(funnel.reachedShare().get(Stage.WORKSHOPS)).isZero();
    }
}

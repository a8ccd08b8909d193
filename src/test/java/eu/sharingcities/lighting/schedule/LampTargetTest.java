package eu.sharingcities.lighting.schedule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a lamp needs a command: its level, and also its relay when a controller follows its photocell at the right level. */
class LampTargetTest {

    @Test
    void aLampAtTheRightLevelButOffWhenItShouldBurnIsCommanded() {
        assertThat(target(100, 100.0, true).differs()).isFalse();
        assertThat(target(100, 100.2, true).differs()).as("within half a percent").isFalse();
        assertThat(target(70, 100.0, true).differs()).isTrue();
        assertThat(target(100, 100.0, false).differs()).as("off by its photocell by day, at its last level").isTrue();
        assertThat(target(0, 0.0, true).differs()).as("on when it should not").isTrue();
        assertThat(target(0, 0.0, false).differs()).isFalse();
        assertThat(target(100, null, null).differs()).as("nothing reported yet").isTrue();
        assertThat(target(100, 100.0, null).differs()).as("no relay state reported: the level decides").isFalse();
    }

    private static LampTarget target(int level, Double reported, Boolean on) {
        return new LampTarget("BUR-0003", "main-roads", "burgas.lighting.l0003.dim-level", "lighting", level, LampTarget.Source.LAMP_OVERRIDE,
                reported, on);
    }
}

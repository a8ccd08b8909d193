package eu.sharingcities.lighting.faults;

import eu.sharingcities.text.Message;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-made moments of a 60 W LED street: which faults a lighting engineer would call, and which not. */
class FaultDetectorTest {

    private static final double NIGHT = -20;
    private static final double MIDDAY = 35;

    private static LampReading burning(String lamp, String cabinet, int level, double powerW) {
        return new LampReading(lamp, cabinet, 60, level, true, true, (double) level, powerW, false, NIGHT);
    }

    @Test
    void oneLampWithoutCurrentWhileTheOthersBurnIsALampFailure() {
        List<FaultDetector.Found> found = FaultDetector.detect(List.of(
                burning("L1", "FP-1", 100, 60.2), burning("L2", "FP-1", 100, 0.4), burning("L3", "FP-1", 100, 59.8), burning("L4", "FP-1", 50, 30.1)));

        assertThat(found).extracting(FaultDetector.Found::source).containsExactly("Street light: lamp failure (L2)");
        // expected power at 100 % of 60 W: 60 W; 0.4 W is under a tenth of it
        assertThat(found.getFirst().why().english()).isEqualTo("draws 0.4 W where 60 W are expected at its level");
    }

    @Test
    void aWholeCabinetGoingDarkIsOneFaultNotOnePerLamp() {
        List<LampReading> lamps = new ArrayList<>();
        for (int i = 1; i <= 20; i++) { // FP-2's 20 lamps: 18 draw nothing, 2 fell silent — the feeder, not 20 lamps
            lamps.add(i <= 18 ? burning("A" + i, "FP-2", 100, 0) : new LampReading("A" + i, "FP-2", 60, 100, false, null, null, null, false, NIGHT));
        }
        lamps.add(burning("B1", "FP-3", 100, 0)); // another cabinet's one failed lamp stays a lamp failure
        lamps.add(burning("B2", "FP-3", 100, 60));
        lamps.add(burning("B3", "FP-3", 100, 60));

        List<FaultDetector.Found> found = FaultDetector.detect(lamps);

        assertThat(found).extracting(FaultDetector.Found::source)
                .containsExactly("Street lights: cabinet without power (FP-2)", "Street light: lamp failure (B1)");
        assertThat(found.getFirst().why().english()).isEqualTo("20 of its 20 lamps are dark or silent at once");
    }

    @Test
    void aLampOnByDayThatNothingAsksForIsDayBurningButOneAnOverrideLightsIsNot() {
        LampReading stuck = new LampReading("D1", "FP-4", 60, 0, true, true, 100.0, 59.9, false, MIDDAY);
        LampReading asked = new LampReading("D2", "FP-4", 60, 100, true, true, 100.0, 59.9, false, MIDDAY);
        LampReading dusk = new LampReading("D3", "FP-4", 60, 0, true, true, 100.0, 59.9, false, 1.5); // the sun near the horizon: a photocell's margin

        assertThat(FaultDetector.detect(List.of(stuck, asked, dusk))).extracting(FaultDetector.Found::source)
                .containsExactly("Street light: burning by day (D1)");
    }

    @Test
    void powerFarFromRatedTimesLevelIsAbnormalAndNoiseIsNot() {
        // 60 W at 50 %: 30 W expected; 45 W is 50 % over (more than a quarter), 36 W is 20 % over
        List<FaultDetector.Found> found = FaultDetector.detect(List.of(burning("P1", "FP-5", 50, 45), burning("P2", "FP-5", 50, 36),
                new LampReading("P3", "FP-5", 60, 0, true, false, 0.0, 0.0, false, NIGHT)));

        assertThat(found).extracting(FaultDetector.Found::source).containsExactly("Street light: abnormal power (P1)");
    }

    @Test
    void aSilentLampAloneIsACommunicationLossAndTheFaultFlagIsAFailure() {
        List<FaultDetector.Found> found = FaultDetector.detect(List.of(
                new LampReading("S1", "FP-6", 60, 100, false, null, null, null, false, NIGHT),
                new LampReading("S2", "FP-6", 60, 100, true, true, 100.0, 60.0, true, NIGHT),
                burning("S3", "FP-6", 100, 60), burning("S4", "FP-6", 100, 60)));

        assertThat(found).extracting(f -> f.fault()).containsExactly(LampFault.COMMUNICATION_LOSS, LampFault.LAMP_FAILURE);
        assertThat(found.stream().map(FaultDetector.Found::why).map(Message::english)).first().isEqualTo("its controller answers nothing good");
    }

    @Test
    void aLampSwitchingAgainAndAgainIsCyclingAndTheSchedulesOwnSwitchingIsNot() {
        // an hour in which a lamp went on and off 8 times (a hunting photocell), another twice (dusk, and a test by the crew)
        LampReading hunting = new LampReading("C1", "FP-7", 60, 100, true, true, 100.0, 60.0, false, NIGHT, 8);
        LampReading twice = new LampReading("C2", "FP-7", 60, 100, true, true, 100.0, 60.0, false, NIGHT, 2);

        List<FaultDetector.Found> found = FaultDetector.detect(List.of(hunting, twice, burning("C3", "FP-7", 100, 60)));

        assertThat(found).extracting(FaultDetector.Found::source).containsExactly("Street light: cycling (C1)");
        assertThat(found.getFirst().why().english()).isEqualTo("switched on or off 8 times in the last hour");
    }
}

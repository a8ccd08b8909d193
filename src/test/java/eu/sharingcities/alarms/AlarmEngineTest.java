package eu.sharingcities.alarms;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlarmEngineTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final String ENDPOINT = "simulator";

    private static AlarmRule rule(long id, Condition condition) {
        return new AlarmRule(id, "london", "rule " + id, Priority.HIGH, condition, 7, ENDPOINT);
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void aHighLimitWithDeadbandDoesNotChatterAroundTheLimit() {
        AlarmEngine engine = new AlarmEngine(List.of(rule(1, new Condition.Threshold(true, 80, 5, Duration.ZERO))), T0);

        assertThat(engine.value(7, at(1), 79.9)).isEmpty();
        assertThat(engine.value(7, at(2), 80.5)).singleElement().satisfies(c -> assertThat(c.active()).isTrue());
        assertThat(engine.value(7, at(3), 79.0)).as("below the limit, not yet below the deadband").isEmpty();
        assertThat(engine.value(7, at(4), 80.2)).as("still the same alarm").isEmpty();
        assertThat(engine.value(7, at(5), 74.9)).singleElement().satisfies(c -> assertThat(c.active()).isFalse());
        assertThat(engine.value(7, at(6), 79.0)).isEmpty();
    }

    @Test
    void anEngineResumedWithAnOpenAlarmClearsItWhenTheConditionEnds() {
        AlarmEngine engine = new AlarmEngine(List.of(rule(1, new Condition.Threshold(true, 80, 5, Duration.ZERO))), T0);
        engine.resume(java.util.Set.of(1L, 99L));

        assertThat(engine.value(7, at(1), 78)).as("open before the restart, within the deadband: still active").isEmpty();
        assertThat(engine.value(7, at(2), 60)).singleElement().satisfies(c -> assertThat(c.active()).isFalse());
    }

    @Test
    void aNewRuleJudgesThePointsLatestValueWithoutWaitingForAChangeButItsStaleClockKeepsRunning() {
        AlarmEngine engine = new AlarmEngine(List.of(rule(1, new Condition.Threshold(true, 0, 0.5, Duration.ZERO)),
                rule(2, new Condition.Stale(Duration.ofMinutes(1)))), at(600));
        engine.resume(java.util.Set.of(2L)); // stale before the rules changed

        List<AlarmChange> changes = engine.latest(7, at(0), 40.0); // a steady value, reported ten minutes ago
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.rule().id()).isEqualTo(1);
            assertThat(c.active()).isTrue();
        });
        assertThat(engine.active(2)).as("an old value is not a new one: still stale").isTrue();
        assertThat(engine.value(7, at(601), 40.1)).singleElement().satisfies(c -> {
            assertThat(c.rule().id()).isEqualTo(2);
            assertThat(c.active()).isFalse();
        });
    }

    @Test
    void anOnDelayRaisesOnlyWhatLastsAndRaisesItWithoutANewValue() {
        AlarmEngine engine = new AlarmEngine(List.of(rule(1, new Condition.Threshold(false, 16, 0.5, Duration.ofMinutes(5)))), T0);

        engine.value(7, at(0), 15.0);
        engine.value(7, at(60), 17.0); // a dip of a minute: not an alarm
        assertThat(engine.tick(at(600))).isEmpty();

        engine.value(7, at(700), 15.5); // reported by exception: no more values while it stays low
        assertThat(engine.tick(at(700 + 299))).isEmpty();
        List<AlarmChange> raised = engine.tick(at(700 + 300));
        assertThat(raised).singleElement().satisfies(c -> {
            assertThat(c.active()).isTrue();
            assertThat(c.value()).isEqualTo(15.5);
        });
        assertThat(engine.value(7, at(1100), 16.6)).singleElement().satisfies(c -> assertThat(c.active()).isFalse());
    }

    @Test
    void aFastChangeIsRaisedAndClearsWhenTheValueSettles() {
        AlarmEngine engine = new AlarmEngine(List.of(rule(1, new Condition.RateOfChange(2))), T0);

        engine.value(7, at(0), 50);
        assertThat(engine.value(7, at(60), 51.5)).isEmpty();
        assertThat(engine.value(7, at(90), 53.0)).as("3 per minute").singleElement().satisfies(c -> assertThat(c.active()).isTrue());
        assertThat(engine.value(7, at(150), 53.5)).singleElement().satisfies(c -> assertThat(c.active()).isFalse());
    }

    @Test
    void oneCommunicationLossStandsForTheStaleValuesItCauses() {
        List<AlarmRule> rules = new ArrayList<>();
        rules.add(new AlarmRule(1000, "london", "controller down", Priority.CRITICAL, new Condition.CommunicationLoss(Duration.ofSeconds(30)),
                null, ENDPOINT));
        for (int p = 1; p <= 200; p++) {
            rules.add(new AlarmRule(p, "london", "point " + p + " stale", Priority.LOW, new Condition.Stale(Duration.ofMinutes(2)), p, ENDPOINT));
        }
        AlarmEngine engine = new AlarmEngine(rules, T0);
        for (int p = 1; p <= 200; p++) {
            engine.value(p, at(10), p);
        }

        engine.endpoint(ENDPOINT, false, at(20));
        List<AlarmChange> during = new ArrayList<>();
        for (int s = 30; s <= 3600; s += 30) {
            during.addAll(engine.tick(at(s)));
        }

        assertThat(during).singleElement().satisfies(c -> {
            assertThat(c.rule().id()).isEqualTo(1000);
            assertThat(c.active()).isTrue();
        });
        List<AlarmChange> back = engine.endpoint(ENDPOINT, true, at(3700));
        assertThat(back).singleElement().satisfies(c -> assertThat(c.active()).isFalse());
        assertThat(engine.tick(at(3700 + 60))).as("the endpoint's values have their stale time to come back").isEmpty();
        engine.value(1, at(3700 + 70), 1);
        List<AlarmChange> stale = engine.tick(at(3700 + 121));
        assertThat(stale).as("the 199 points that stayed silent after the endpoint came back").hasSize(199)
                .allSatisfy(c -> assertThat(c.rule().condition()).isInstanceOf(Condition.Stale.class));
    }

    @Test
    void anEndpointReadByAnotherInstanceIsWatchedThereNotHere() {
        AlarmEngine engine = new AlarmEngine(List.of(rule(1, new Condition.Stale(Duration.ofMinutes(1)))), T0);

        engine.heldElsewhere(ENDPOINT, true, T0);
        assertThat(engine.tick(at(600))).isEmpty();
        engine.heldElsewhere(ENDPOINT, false, at(600)); // taken over: its values have their stale time to arrive here
        assertThat(engine.tick(at(650))).isEmpty();
        assertThat(engine.tick(at(661))).hasSize(1);
    }

    @Test
    void aDeviationFromTheExpectedValueWaitsForItsOnDelay() {
        AlarmEngine engine = new AlarmEngine(List.of(rule(1, new Condition.Deviation(21, 1.5, Duration.ofMinutes(10)))), T0);

        engine.value(7, at(0), 23.0);
        assertThat(engine.tick(at(599))).isEmpty();
        assertThat(engine.tick(at(600))).hasSize(1);
        assertThat(engine.value(7, at(700), 21.4)).singleElement().satisfies(c -> assertThat(c.active()).isFalse());
    }

    @Test
    void badSettingsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new Condition.Threshold(true, 80, -1, Duration.ZERO)).hasMessage("the deadband must be 0 or more, not -1.0.");
        assertThatThrownBy(() -> new AlarmRule(1, "london", "x", Priority.LOW, new Condition.Stale(Duration.ofMinutes(1)), null, ENDPOINT))
                .hasMessage("Rule 'x': this rule names a point.");
    }

    /** An off-delay keeps a threshold alarm active until the value has been back within limits that long (ISA-18.2, against chattering). */
    @Test
    void anOffDelayClearsOnlyAfterTheValueStayedNormalThatLong() {
        AlarmEngine engine = new AlarmEngine(List.of(rule(1, new Condition.Threshold(true, 80, 2, Duration.ZERO, Duration.ofSeconds(60)))), T0);

        assertThat(engine.value(7, at(0), 85)).singleElement().satisfies(c -> assertThat(c.active()).isTrue());
        assertThat(engine.value(7, at(10), 75)).as("normal, but not yet for 60 s").isEmpty();
        assertThat(engine.tick(at(69))).isEmpty();
        assertThat(engine.value(7, at(69), 83)).as("above again: the off-delay starts over").isEmpty();
        assertThat(engine.value(7, at(80), 70)).isEmpty();
        assertThat(engine.tick(at(139))).isEmpty();
        assertThat(engine.tick(at(140))).singleElement().satisfies(c -> {
            assertThat(c.active()).isFalse();
            assertThat(c.message().english()).contains("for 60 s");
        });
    }

    /** A deviation alarm with a deadband: raised beyond the tolerance (2), normal again only within tolerance − deadband (1.5). */
    @Test
    void aDeviationAlarmHasADeadbandSoItDoesNotChatterAtTheTolerance() {
        AlarmEngine engine = new AlarmEngine(List.of(rule(1, new Condition.Deviation(20, 2, 0.5, Duration.ZERO, Duration.ZERO))), T0);

        assertThat(engine.value(7, at(0), 22.5)).singleElement().satisfies(c -> assertThat(c.active()).isTrue());
        assertThat(engine.value(7, at(1), 21.8)).as("within the tolerance, not within tolerance − deadband").isEmpty();
        assertThat(engine.value(7, at(2), 22.1)).isEmpty();
        assertThat(engine.value(7, at(3), 21.4)).singleElement().satisfies(c -> assertThat(c.active()).isFalse());
        assertThat(engine.value(7, at(4), 21.9)).as("not raised again until beyond the tolerance").isEmpty();
        assertThatThrownBy(() -> new Condition.Deviation(20, 2, 2, Duration.ZERO, Duration.ZERO)).hasMessageContaining("less than the tolerance");
    }

    /** Suppressed by design: a heat pump's alarm is not judged while its running state (point 8) is below 0.5. */
    @Test
    void anAlarmSuppressedByDesignIsNotJudgedWhileThePlantIsOffAndIsJudgedAfreshWhenItRuns() {
        AlarmRule rule = new AlarmRule(1, "london", "condenser too hot", Priority.HIGH, new Condition.Threshold(true, 80, 2, Duration.ZERO), 7, ENDPOINT,
                new AlarmRule.Suppression(8, 0.5, "london.heatpump.running"));
        AlarmEngine engine = new AlarmEngine(List.of(rule), T0);

        assertThat(engine.value(8, at(0), 1)).isEmpty();
        assertThat(engine.value(7, at(1), 85)).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(AlarmChange.Kind.RAISED));
        assertThat(engine.value(8, at(2), 0)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(AlarmChange.Kind.SUPPRESSED);
            assertThat(c.message().english()).contains("london.heatpump.running is 0.00, below 0.50");
        });
        assertThat(engine.value(7, at(3), 95)).as("the plant is off: not judged").isEmpty();
        assertThat(engine.tick(at(4))).isEmpty();
        assertThat(engine.value(8, at(5), 1)).as("running again, on its last value 95").singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(AlarmChange.Kind.RAISED));
    }
}

package eu.sharingcities.alarms;

import eu.sharingcities.text.Message;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlarmTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final AlarmRule RULE = new AlarmRule(1, "london", "supply too hot", Priority.HIGH,
            new Condition.Threshold(true, 80, 5, Duration.ZERO), 7, "simulator");
    private static final Alarm RAISED = Alarm.raised(11, new AlarmChange(RULE, true, T0, 82, Message.of("alarm.why.above", 82.0, 80.0)));

    @Test
    void acknowledgedThenClearedIsClosedWithTheWholeHistory() {
        Alarm closed = RAISED.acknowledge("london.operator", "valve checked", T0.plusSeconds(60)).clear(T0.plusSeconds(600), "back within limits");

        assertThat(closed.state()).isEqualTo(AlarmState.CLOSED);
        assertThat(closed.history()).extracting(Alarm.Step::what).containsExactly("raised", "acknowledged", "cleared");
        assertThat(closed.history().get(1).by()).isEqualTo("london.operator");
        assertThat(closed.history().get(1).comment()).isEqualTo("valve checked");
    }

    @Test
    void clearedBeforeAnyoneSawItWaitsForTheAcknowledgement() {
        Alarm cleared = RAISED.clear(T0.plusSeconds(5), "back");

        assertThat(cleared.state()).isEqualTo(AlarmState.CLEARED_UNACKNOWLEDGED);
        assertThat(cleared.open()).isTrue();
        assertThat(cleared.acknowledge("london.operator", "", T0.plusSeconds(30)).state()).isEqualTo(AlarmState.CLOSED);
        assertThatThrownBy(() -> cleared.clear(T0.plusSeconds(6), "again")).hasMessage("Alarm 11 is already cleared.");
    }

    @Test
    void shelvingHasAReasonAndAnEnd() {
        Alarm shelved = RAISED.shelve("london.operator", "sensor replaced tomorrow", T0, T0.plus(Duration.ofHours(8)));

        assertThat(shelved.shelved(T0.plus(Duration.ofHours(7)))).isTrue();
        assertThat(shelved.shelved(T0.plus(Duration.ofHours(8)))).as("it shows again by itself").isFalse();
        assertThat(shelved.state()).isEqualTo(AlarmState.ACTIVE_UNACKNOWLEDGED);
        assertThatThrownBy(() -> RAISED.shelve("london.operator", "why not", T0, T0.plus(Duration.ofDays(3))))
                .hasMessage("Shelve an alarm for up to 24 hours, from now.");
        assertThatThrownBy(() -> RAISED.shelve("london.operator", " ", T0, T0.plusSeconds(60))).hasMessageContaining("Say why");
        assertThat(shelved.unshelve("london.admin", T0.plusSeconds(60)).shelved(T0.plusSeconds(61))).isFalse();
    }

    /** ISA-18.2's state model: returned to normal unacknowledged, then active again, is the same alarm, unacknowledged. */
    @Test
    void anAlarmThatTripsAgainBeforeItIsAcknowledgedIsTheSameAlarm() {
        Alarm again = RAISED.clear(T0.plusSeconds(5), "back").reactivate(T0.plusSeconds(9), "82.40 above the limit 80.00");

        assertThat(again.id()).isEqualTo(RAISED.id());
        assertThat(again.state()).isEqualTo(AlarmState.ACTIVE_UNACKNOWLEDGED);
        assertThat(again.history()).extracting(Alarm.Step::what).containsExactly("raised", "cleared", "active again");
        assertThatThrownBy(() -> RAISED.reactivate(T0, "x")).hasMessageContaining("only one that returned to normal unacknowledged");
    }

    @Test
    void removalFromServiceAndSuppressionEndAnOccurrenceWithoutCallingItCleared() {
        Alarm removed = RAISED.removeFromService("london.admin", "sensor being replaced", T0.plusSeconds(60));
        assertThat(removed.state()).isEqualTo(AlarmState.OUT_OF_SERVICE);
        assertThat(removed.open()).isFalse();
        assertThat(removed.history().getLast()).satisfies(step -> {
            assertThat(step.what()).isEqualTo("removed from service");
            assertThat(step.by()).isEqualTo("london.admin");
            assertThat(step.comment()).isEqualTo("sensor being replaced");
        });
        Alarm suppressed = RAISED.suppress(T0.plusSeconds(60), "suppressed by design: heat pump off");
        assertThat(suppressed.state()).isEqualTo(AlarmState.SUPPRESSED);
        assertThatThrownBy(() -> suppressed.acknowledge("london.operator", "", T0.plusSeconds(61))).hasMessageContaining("has ended");
    }
}

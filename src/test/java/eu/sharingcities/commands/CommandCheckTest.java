package eu.sharingcities.commands;

import eu.sharingcities.ingest.config.WriteLimits;
import eu.sharingcities.text.Message;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CommandCheckTest {

    private static final WritablePoint SETPOINT = new WritablePoint(1, "milan", "milan.building.b001.zone-setpoint", "simulator", "°C", 1, 0,
            new WriteLimits(16, 24, 2, Duration.ofSeconds(60)));
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aValueWithinEveryLimitMayBeSent() {
        assertThat(CommandCheck.problem(SETPOINT, 20, 22, null, NOW)).isEmpty();
        assertThat(CommandCheck.problem(SETPOINT, 20, 18, NOW.minusSeconds(60), NOW)).as("exactly the interval later").isEmpty();
    }

    @Test
    void withoutTheControllersValueTheStepLimitFailsClosed() {
        assertThat(CommandCheck.problem(SETPOINT, Double.NaN, 20.5, null, NOW).map(Message::english)).contains(
                "the controller's current value of milan.building.b001.zone-setpoint cannot be read (bad or missing), "
                + "so the step limit of 2 °C cannot be checked: nothing was sent; check the controller and try again");
    }

    @Test
    void eachLimitSaysWhatIsWrongAndWhatToDo() {
        assertThat(CommandCheck.problem(SETPOINT, 20, 15.5, null, NOW).map(Message::english)).contains(
                "15.50 °C is outside the limits of milan.building.b001.zone-setpoint, 16 to 24 °C: choose a value within them");
        assertThat(CommandCheck.problem(SETPOINT, 20, 22.5, null, NOW).map(Message::english)).contains(
                "22.50 °C is 2.50 from the controller's 20 °C; milan.building.b001.zone-setpoint allows at most 2 °C at a time: go in smaller steps");
        assertThat(CommandCheck.problem(SETPOINT, 20, 21, NOW.minusSeconds(45), NOW).map(Message::english)).contains(
                "milan.building.b001.zone-setpoint was written 45 s ago; it takes one command per 60 s: try again in 16 s");
        assertThat(CommandCheck.problem(SETPOINT, 20, Double.POSITIVE_INFINITY, null, NOW).map(Message::english)).contains("the value must be a number");
    }
}

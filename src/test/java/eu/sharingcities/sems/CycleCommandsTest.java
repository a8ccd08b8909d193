package eu.sharingcities.sems;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The SEMS page reads back a cycle's commands as the controller logged them, to say them in words rather than as JSON. */
class CycleCommandsTest {

    @Test
    void aLoggedCycleIsReadBackBuildingByBuilding() {
        String logged = Sems.JSON.toJson(Map.of(
                "sent", List.of(new SemsController.Change("b002", "milan.building.b002.zone-setpoint", 20.0, 18.0, "CONFIRMED", 18.0, "")),
                "recommended", Map.of("b003", 19.5)));

        Sems.CycleCommands read = Sems.commands(new Sems.Cycle(Instant.parse("2026-11-30T21:00:00Z"), "{}", "[]", logged));

        assertThat(read.sent()).singleElement().satisfies(c -> {
            assertThat(c.building()).isEqualTo("b002");
            assertThat(c.from()).isEqualTo(20.0);
            assertThat(c.to()).isEqualTo(18.0);
            assertThat(c.status()).isEqualTo("CONFIRMED");
        });
        assertThat(read.recommended()).containsExactly(Map.entry("b003", 19.5));
        assertThat(Sems.commands(new Sems.Cycle(Instant.EPOCH, "{}", "[]", "{}")).sent()).as("a cycle that sent nothing").isEmpty();
    }

    /**
     * The SEMS page says each logged status as the Controls page says a command's (controls.status.*):
     * every one has its words (TranslationsTest sees that each language has every English key).
     */
    @Test
    void everyStatusACycleLogsHasItsWords() {
        List<String> statuses = new java.util.ArrayList<>(java.util.Arrays.stream(eu.sharingcities.commands.CommandStatus.values())
                .map(Enum::name).toList());
        statuses.add(SemsController.NOT_WRITABLE);
        for (String status : statuses) {
            String key = "controls.status." + status.toLowerCase(java.util.Locale.ROOT);
            assertThat(eu.sharingcities.text.Message.of(key).english()).as(key).doesNotStartWith(key);
        }
    }
}

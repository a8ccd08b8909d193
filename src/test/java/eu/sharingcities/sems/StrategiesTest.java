package eu.sharingcities.sems;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StrategiesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DistrictSettings SETTINGS = DistrictSettings.defaults(LocalDate.of(2026, 11, 1));
    private static final List<BuildingState> BUILDINGS = List.of(
            new BuildingState("b001", "RESIDENTIAL", 20, 20, 60, 10),   // 60 kW at 20 °C in, 5 °C out: 4 kW per K
            new BuildingState("b002", "OFFICE", 20, 20, 90, 20));        // 6 kW per K

    private static DistrictState at(String instant, Double cop) {
        return new DistrictState(Instant.parse(instant), LONDON, 5, cop, BUILDINGS);
    }

    private static Map<String, Double> plan(DistrictState state, Strategy... strategies) {
        return Planner.targets(state, SETTINGS, java.util.Arrays.stream(strategies)
                .map(s -> new Planner.Planned(s, s.propose(state, SETTINGS))).toList());
    }

    @Test
    void occupancySetBackLowersOnlyBuildingsOutsideTheirHours() {
        OccupancySetback setback = new OccupancySetback(OccupancySetback.Config.defaults());
        // Wednesday 25 November 2026, 21:00 in London: flats occupied, the office not
        DistrictState evening = at("2026-11-25T21:00:00Z", null);
        assertThat(setback.propose(evening, SETTINGS).status()).isEqualTo("SETBACK");
        assertThat(plan(evening, setback)).containsEntry("b001", 20.0).containsEntry("b002", 16.0);
        // Saturday noon: the office stays set back
        assertThat(plan(at("2026-11-28T12:00:00Z", null), setback)).containsEntry("b002", 16.0);
        assertThat(plan(at("2026-11-25T10:00:00Z", null), setback)).containsEntry("b002", 20.0);
        assertThat(plan(at("2026-11-25T05:30:00Z", null), setback)).as("heating comes back 2 h before the office opens at 7").containsEntry("b002", 20.0);
        assertThat(plan(at("2026-11-25T04:30:00Z", null), setback)).containsEntry("b002", 16.0);
    }

    @Test
    void demandResponsePreheatsThenCutsWhatWasRequestedWithinComfortBands() {
        DemandResponse.Event event = new DemandResponse.Event(Instant.parse("2026-11-25T17:00:00Z"), Instant.parse("2026-11-25T18:00:00Z"), 15, "DR-1");
        DemandResponse dr = new DemandResponse(DemandResponse.Config.defaults().with(event));

        assertThat(dr.propose(at("2026-11-25T15:00:00Z", null), SETTINGS).status()).isEqualTo("SCHEDULED");
        DistrictState before = at("2026-11-25T16:30:00Z", null);
        assertThat(dr.propose(before, SETTINGS).status()).isEqualTo("PREHEATING");
        assertThat(plan(before, dr)).containsEntry("b001", 21.0).containsEntry("b002", 21.0);

        DistrictState during = at("2026-11-25T17:30:00Z", null);
        Proposal cut = dr.propose(during, SETTINGS);
        assertThat(cut.status()).isEqualTo("CURTAILING");
        assertThat(cut.offsets().get("b001")).as("15 kW over 10 kW per K").isCloseTo(-1.5, within(1e-9));
        assertThat(plan(during, dr)).containsEntry("b001", 19.0).as("the band's 19 °C holds, not 18.5").containsEntry("b002", 19.0);
        assertThat(dr.propose(at("2026-11-25T18:00:00Z", null), SETTINGS).status()).isEqualTo("IDLE");
    }

    @Test
    void theHeatPumpStoresHeatWhenCheapAndEfficientAndShedsItWhenDear() {
        HeatPumpTariff tariff = new HeatPumpTariff(HeatPumpTariff.Config.defaults());
        assertThat(plan(at("2026-11-25T03:00:00Z", 3.5), tariff)).as("night, 0.12 €/kWh").containsEntry("b001", 21.0).containsEntry("b002", 20.0);
        assertThat(tariff.propose(at("2026-11-25T03:00:00Z", 2.5), SETTINGS).status()).as("COP too low to store heat").isEqualTo("NEUTRAL");
        assertThat(plan(at("2026-11-25T17:00:00Z", 3.5), tariff)).as("evening peak, 0.42 €/kWh").containsEntry("b001", 19.0);
        assertThat(tariff.propose(at("2026-11-25T03:00:00Z", null), SETTINGS).status()).isEqualTo("NO_HEAT_PUMP");
    }

    @Test
    void demandResponseTakesPrecedenceAndSetBackBuildingsAreNotCutFurther() {
        DemandResponse dr = new DemandResponse(DemandResponse.Config.defaults().with(new DemandResponse.Event(Instant.parse("2026-11-25T20:00:00Z"),
                Instant.parse("2026-11-25T22:00:00Z"), 100, "DR-2")));
        Map<String, Double> targets = plan(at("2026-11-25T21:00:00Z", 3.5), new OccupancySetback(OccupancySetback.Config.defaults()), dr,
                new HeatPumpTariff(HeatPumpTariff.Config.defaults()));
        assertThat(targets).containsEntry("b001", 19.0).containsEntry("b002", 16.0);
    }

    @Test
    void configurationsRefuseWhatWouldBeUnsafe() {
        assertThatThrownBy(() -> new OccupancySetback.Config(Map.of(), 8, 2)).hasMessageContaining("frost and damp protection");
        assertThatThrownBy(() -> new DemandResponse.Config(List.of(), 6, 60, 1)).hasMessageContaining("at most 4 K");
        assertThatThrownBy(() -> new HeatPumpTariff.Band(19, 7, 0.1)).hasMessageContaining("later one");
    }
}

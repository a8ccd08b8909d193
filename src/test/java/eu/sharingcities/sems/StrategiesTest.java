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
            new BuildingState("b001", "RESIDENTIAL", 20, 20, 60, 10, "b001.setpoint"),   // 60 kW at 20 °C in, 5 °C out: 4 kW per K
            new BuildingState("b002", "OFFICE", 20, 20, 90, 20, "b002.setpoint"));        // 6 kW per K

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

    /**
     * The closed loop, cycle by cycle (input → output). Baseline 150 kW at 5 °C outdoors, normal
     * setpoint 20 °C: 150 / 15 = 10 kW per K. 15 kW requested.
     * Cycle 1, setpoints normal (offset 0), load 150: delivered 0, shortfall 15 → offset 0 + 15/10 = 1.5 K.
     * Cycle 2, setpoints at 18.5 (offset 1.5), load 110: delivered 40, 25 too much → 1.5 − 25/10 = −1 → 0 K.
     * Cycle 3, offset 0.5, load 142: delivered 8, shortfall 7 → 0.5 + 0.7 = 1.2 K.
     * The old estimate from the live load would have grown as the load fell (110 kW: 7.3 kW per K).
     */
    @Test
    void demandResponseClosesTheLoopOnTheLoadMeasuredAgainstItsBaseline() {
        DemandResponse.Event event = new DemandResponse.Event(Instant.parse("2026-11-25T17:00:00Z"), Instant.parse("2026-11-25T18:00:00Z"), 15, "DR-2");
        DemandResponse dr = new DemandResponse(DemandResponse.Config.defaults().with(event));

        assertThat(dr.propose(cycle(20, 60, 90), SETTINGS).offsets().get("b001")).isCloseTo(-1.5, within(1e-9));
        assertThat(dr.propose(cycle(18.5, 45, 65), SETTINGS).offsets().get("b001")).isCloseTo(0, within(1e-9));
        Proposal third = dr.propose(cycle(19.5, 57, 85), SETTINGS);
        assertThat(third.offsets().get("b001")).isCloseTo(-1.2, within(1e-9));
        assertThat(third.explanation().english()).contains("closed loop: baseline 150.0 kW, load 142.0 kW, 8.0 kW delivered");
    }

    @Test
    void withoutABaselineTheOffsetIsSizedAtTheEventsStartAndHeld() {
        DemandResponse.Event event = new DemandResponse.Event(Instant.parse("2026-11-25T17:00:00Z"), Instant.parse("2026-11-25T18:00:00Z"), 15, "DR-3");
        DemandResponse dr = new DemandResponse(DemandResponse.Config.defaults().with(event));
        Instant during = Instant.parse("2026-11-25T17:30:00Z");

        // first cycle: 150 kW at 15 K difference, 10 kW per K: 1.5 K
        assertThat(dr.propose(new DistrictState(during, LONDON, 5, null, BUILDINGS), SETTINGS).offsets().get("b001")).isCloseTo(-1.5, within(1e-9));
        // later, setpoints 1.5 K down and the load fallen to 70 kW: held at 1.5 K, not re-estimated upwards (the runaway that cut 1,104 kW for 150)
        List<BuildingState> cut = List.of(new BuildingState("b001", "RESIDENTIAL", 19.6, 18.5, 30, 10, "b001.setpoint"), new BuildingState("b002", "OFFICE", 19.6, 18.5, 40, 20, "b002.setpoint"));
        Proposal held = dr.propose(new DistrictState(during.plusSeconds(60), LONDON, 5, null, cut), SETTINGS);
        assertThat(held.offsets().get("b001")).isCloseTo(-1.5, within(1e-9));
        assertThat(held.explanation().english()).contains("no baseline load to close the loop on");
    }

    private static DistrictState cycle(double setpoint, double b001Kw, double b002Kw) {
        return new DistrictState(Instant.parse("2026-11-25T17:30:00Z"), LONDON, 5, null, List.of(
                new BuildingState("b001", "RESIDENTIAL", 20, setpoint, b001Kw, 10, "b001.setpoint"), new BuildingState("b002", "OFFICE", 20, setpoint, b002Kw, 20, "b002.setpoint")), 150.0);
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

    /** A logged decision read back (JSON-B gives its numbers as BigDecimal) is said in the page's language, with its decimal mark. */
    @Test
    void aLoggedDecisionIsSaidInThePagesLanguage() {
        var why = new SemsController.Decision.Why("sems.why.tariff", List.of(new java.math.BigDecimal("0.12"), new java.math.BigDecimal("3.45"),
                new java.math.BigDecimal("1.0")));
        var decision = new SemsController.Decision("HEAT_PUMP_TARIFF", "ACT", "BOOSTING", "0.12 €/kWh, COP 3.45: residential setpoints +1.0 K", why);

        assertThat(decision.explanation(java.util.Locale.ITALIAN)).isEqualTo("0,12 €/kWh, COP 3,45: setpoint residenziali +1,0 K");
        assertThat(decision.explanation(java.util.Locale.ENGLISH)).isEqualTo(decision.explanation());
        assertThat(new SemsController.Decision("X", "ACT", "IDLE", "logged before", null).explanation(java.util.Locale.ITALIAN))
                .as("a cycle logged before decisions kept their message").isEqualTo("logged before");
    }
}

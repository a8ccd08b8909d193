package eu.sharingcities.simulator.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The simulator's physics as input → output cycles. */
class ModelsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant WINTER_NIGHT = Instant.parse("2026-01-15T02:00:00Z");

    @Test
    void aBuildingHoldsItsSetpointAndUsesMoreHeatForAHigherOne() {
        BuildingSpec spec = new BuildingSpec("b1", BuildingUse.OFFICE, 5, 80, 200, 10, 0, 2000);
        BuildingModel cool = run(spec, 18);
        BuildingModel warm = run(spec, 22);

        assertThat(cool.zoneC()).isCloseTo(18, within(0.5));
        assertThat(warm.zoneC()).isCloseTo(22, within(0.5));
        assertThat(warm.heatMeterKwh()).isGreaterThan(cool.heatMeterKwh());
        // steady state: the heat delivered replaces the loss UA × (T_in − T_out)
        assertThat(warm.heatKw()).isCloseTo(5 * (warm.zoneC() - 2), within(6.0));
    }

    @Test
    void theControllerClampsSetpointsToItsLimits() {
        BuildingModel building = new BuildingModel(BuildingSpec.generated("b1", 0, 1), LONDON, 1, 0);
        assertThat(building.requestSetpoint(35)).isEqualTo(BuildingModel.MAX_SETPOINT_C);
        assertThat(building.requestSetpoint(3)).isEqualTo(BuildingModel.MIN_SETPOINT_C);
        assertThat(building.requestSetpoint(21.5)).isEqualTo(21.5);
    }

    @Test
    void theSameSeedGivesTheSameData() {
        CityClimate a = CityClimate.of("milan", 7);
        CityClimate b = CityClimate.of("milan", 7);
        CityClimate other = CityClimate.of("milan", 8);
        assertThat(a.outdoorC(WINTER_NIGHT)).isEqualTo(b.outdoorC(WINTER_NIGHT)).isNotEqualTo(other.outdoorC(WINTER_NIGHT));
    }

    @Test
    void winterIsColderThanSummer() {
        CityClimate warsaw = CityClimate.of("warsaw", 1);
        double january = warsaw.outdoorC(Instant.parse("2026-01-15T12:00:00Z"));
        double july = warsaw.outdoorC(Instant.parse("2026-07-15T12:00:00Z"));
        assertThat(july - january).isGreaterThan(12);
    }

    @Test
    void theHeatPumpCopFollowsCarnotBetweenRiverAndSupply() {
        HeatPumpModel pump = new HeatPumpModel(2000, 55);
        pump.step(Duration.ofHours(1), 10, 1000);

        double expectedCop = 0.5 * (55 + 273.15) / (55 - 10); // 3.646
        assertThat(pump.cop()).isCloseTo(expectedCop, within(1e-9));
        assertThat(pump.electricKw()).isCloseTo(1000 / expectedCop, within(1e-9));
        assertThat(pump.heatMeterKwh()).isCloseTo(1000, within(1e-9));
        double flow = (1000 - 1000 / expectedCop) / (1.163 * 3);
        assertThat(pump.riverFlowM3PerHour()).isCloseTo(flow, within(1e-9));
        assertThat(pump.dischargeDeltaK()).isCloseTo(3, within(1e-9));
        assertThat(pump.riverVolumeM3()).isCloseTo(flow, within(1e-9));
        assertThat(pump.sourcePumpMeterKwh()).isCloseTo(0.05 * flow, within(1e-9));

        pump.step(Duration.ofHours(1), 10, 100);
        double minimumFlow = 0.2 * 2000 * 0.75 / (1.163 * 3);
        assertThat(pump.riverFlowM3PerHour()).as("the pump's least flow").isCloseTo(minimumFlow, within(1e-9));
        assertThat(pump.dischargeDeltaK()).isCloseTo((100 - 100 / expectedCop) / (1.163 * minimumFlow), within(1e-9));
    }

    @Test
    void aLampFollowsWhatItIsToldAndItsPhotocellWhenNoOneTellsIt() {
        CityClimate london = CityClimate.of("london", 1);
        Instant noon = Instant.parse("2026-06-21T12:00:00Z");
        assertThat(london.sunElevationDegrees(noon)).isCloseTo(62, within(1.5)); // 90 − 51.5 + 23.4
        LampModel photocell = new LampModel(60, 12345, 1);
        photocell.step(WINTER_NIGHT, Duration.ofMinutes(1), london.sunElevationDegrees(WINTER_NIGHT));
        assertThat(photocell.on()).as("never written: on at night").isTrue();
        photocell.step(noon, Duration.ofMinutes(1), london.sunElevationDegrees(noon));
        assertThat(photocell.on()).as("never written: off by day").isFalse();

        LampModel lamp = new LampModel(60, 12345, 1);
        lamp.requestDim(50);
        lamp.step(WINTER_NIGHT, Duration.ofMinutes(1), london.sunElevationDegrees(WINTER_NIGHT));
        assertThat(lamp.on()).isTrue();
        assertThat(lamp.powerW()).isIn(30.0, 0.0); // 0 only if this lamp has its rare fault today
        lamp.requestDim(0);
        lamp.step(WINTER_NIGHT, Duration.ofMinutes(1), london.sunElevationDegrees(WINTER_NIGHT));
        assertThat(lamp.on()).as("switched off at night by the platform").isFalse();
        lamp.requestDim(100);
        lamp.step(noon, Duration.ofMinutes(1), london.sunElevationDegrees(noon));
        assertThat(lamp.on()).as("switched on by day by the platform (a test, or day-burning)").isTrue();
        lamp.step(noon, Duration.ofHours(26), london.sunElevationDegrees(noon));
        lamp.step(noon, Duration.ofMinutes(1), london.sunElevationDegrees(noon));
        assertThat(lamp.on()).as("not written for 26 h: back on its photocell").isFalse();
        assertThat(lamp.requestDim(140)).isEqualTo(100);
    }

    private static BuildingModel run(BuildingSpec spec, double setpoint) {
        BuildingModel building = new BuildingModel(spec, LONDON, 1, 0);
        building.requestSetpoint(setpoint);
        Instant at = WINTER_NIGHT;
        for (int i = 0; i < 48 * 12; i++) { // two days in five-minute steps at 2 °C outside
            at = at.plus(Duration.ofMinutes(5));
            building.step(at, Duration.ofMinutes(5), 2);
        }
        return building;
    }
}

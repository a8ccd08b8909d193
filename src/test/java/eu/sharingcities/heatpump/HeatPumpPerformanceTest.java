package eu.sharingcities.heatpump;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** COP, SPF, the gas-boiler comparison and the licence check against values worked out by hand. */
class HeatPumpPerformanceTest {

    private static final HeatPump HP = new HeatPump(1, "london", "hp1", "Thames", 137, "EA 1", 1000.0, 3.0, "heatpump/hp1");
    private static final List<HeatPumpDay> DAYS = List.of(
            new HeatPumpDay(LocalDate.of(2026, 10, 30), 1000, 300, 20, 900, 2.9, 12.1),
            new HeatPumpDay(LocalDate.of(2026, 10, 31), 1200, 400, 30, 1100, 2.5, 11.9),
            new HeatPumpDay(LocalDate.of(2026, 11, 1), 1500, 500, 25, Double.NaN, 3.2, 11.5));

    @Test
    void spfAtTheH1AndH2BoundariesIsHeatOverTheElectricityInside() {
        List<Performance> months = Performance.monthly(DAYS);
        assertThat(months).extracting(Performance::label).containsExactly("2026-10", "2026-11");
        Performance october = months.getFirst();
        assertThat(october.heatKwh()).isEqualTo(2200);
        assertThat(october.spfH1()).isCloseTo(2200.0 / 700, within(1e-12)); // 3.1429
        assertThat(october.spfH2()).isCloseTo(2200.0 / 750, within(1e-12)); // 2.9333
        assertThat(Performance.of("day", DAYS.subList(0, 1)).spfH1()).as("a day's COP").isCloseTo(1000.0 / 300, within(1e-12));
        assertThat(Performance.of("none", List.of()).spfH2()).isNaN();
    }

    @Test
    void againstAGasBoilerTheSameHeatBurnsHeatOverEfficiencyOfGas() {
        BoilerComparison.Factors factors = new BoilerComparison.Factors(0.88, 0.183, 0.08, 0.207, 0.30);
        List<BoilerComparison.Month> months = BoilerComparison.of(Performance.monthly(DAYS), month -> factors);

        BoilerComparison.Month october = months.getFirst();
        assertThat(october.boilerGasKwh()).isCloseTo(2500, within(1e-9));        // 2200 / 0.88
        assertThat(october.boilerKgCo2()).isCloseTo(457.5, within(1e-9));        // 2500 × 0.183
        assertThat(october.heatPumpKgCo2()).isCloseTo(155.25, within(1e-9));     // 750 × 0.207
        assertThat(october.kgCo2Saved()).isCloseTo(302.25, within(1e-9));
        assertThat(october.eurSaved()).as("at these prices the heat pump costs more").isCloseTo(200 - 225, within(1e-9));
        BoilerComparison.Month november = months.get(1);
        assertThat(november.cumulativeKgCo2Saved()).isCloseTo(302.25 + 1500 / 0.88 * 0.183 - 525 * 0.207, within(1e-9));
    }

    @Test
    void aMonthAgainstTheLicenceNamesItsBreachesAndItsDaysWithoutData() {
        LicenceCompliance october = LicenceCompliance.of(HP, YearMonth.of(2026, 10), DAYS);
        assertThat(october.days()).hasSize(2);
        assertThat(october.days().get(0).abstractionBreached()).isFalse();
        assertThat(october.days().get(1).abstractionBreached()).as("1,100 m³ over 1,000").isTrue();
        assertThat(october.breachDays()).isEqualTo(1);
        assertThat(october.compliant()).isFalse();

        LicenceCompliance november = LicenceCompliance.of(HP, YearMonth.of(2026, 11), DAYS);
        assertThat(november.days().getFirst().dischargeBreached()).as("3.2 K over 3.0").isTrue();
        assertThat(november.missingDays()).as("no volume that day").isEqualTo(1);
    }

    @Test
    void waterTakenTodayIsTheMeterLessYesterdaysLastAndAfterARestartWhatItCountedSince() {
        assertThat(LicenceWatch.takenToday(10_600.0, 10_000.0)).isEqualTo(600.0);
        assertThat(LicenceWatch.takenToday(250.0, 10_000.0)).as("restarted from zero: not -9,750").isEqualTo(250.0);
        assertThat(LicenceWatch.takenToday(250.0, null)).as("no reading yesterday: unknown").isNull();
        assertThat(LicenceWatch.takenToday(null, 10_000.0)).isNull();
    }
}

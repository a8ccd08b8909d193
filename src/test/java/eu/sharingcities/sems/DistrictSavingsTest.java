package eu.sharingcities.sems;

import eu.sharingcities.buildings.Carrier;
import eu.sharingcities.buildings.RetrofitProject;
import eu.sharingcities.buildings.mv.MeasurementAndVerification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * SEMS's saving on its measurement boundary, per carrier. Two buildings SEMS acts on: b005, whose
 * heat is 100 kWh a day plus 10 per heating degree day below 16 °C and electricity 50 kWh a day,
 * 12 % and 5 % less once SEMS acts; b001, retrofitted (heat −40 %) half a year before go-live,
 * inside SEMS's baseline year. Counted in, b001 would credit its retrofit to SEMS.
 */
class DistrictSavingsTest {

    private static final LocalDate GO_LIVE = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST = GO_LIVE.plusDays(119);
    private static final RetrofitProject B001_RETROFIT = new RetrofitProject(1, 1, "envelope", "DEEP", BigDecimal.ONE, "", GO_LIVE.minusDays(200),
            GO_LIVE.minusDays(170), GO_LIVE.minusDays(169), null, List.of());

    private static double temperature(LocalDate d) {
        return 11 - 9 * Math.cos(2 * Math.PI * (d.getDayOfYear() - 20) / 365.0) + 3 * Math.sin(d.toEpochDay() * 0.7);
    }

    private static DistrictDays district() {
        Random noise = new Random(5);
        Map<LocalDate, Double> heat5 = new HashMap<>(), elec5 = new HashMap<>(), heat1 = new HashMap<>(), temps = new HashMap<>();
        for (LocalDate d = GO_LIVE.minusDays(400); !d.isAfter(LAST); d = d.plusDays(1)) {
            double t = temperature(d);
            temps.put(d, t);
            boolean sems = !d.isBefore(GO_LIVE);
            heat5.put(d, (100 + 10 * Math.max(0, 16 - t)) * (sems ? 0.88 : 1) + noise.nextGaussian() * 2);
            elec5.put(d, 50 * (sems ? 0.95 : 1) + noise.nextGaussian());
            heat1.put(d, (100 + 10 * Math.max(0, 16 - t)) * (d.isBefore(B001_RETROFIT.reportingStart()) ? 1 : 0.6) + noise.nextGaussian() * 2);
        }
        return new DistrictDays(ZoneOffset.UTC, Map.of("b005", Map.of(Carrier.HEAT, heat5, Carrier.ELECTRICITY, elec5), "b001",
                Map.of(Carrier.HEAT, heat1)), temps);
    }

    @Test
    void aBuildingRetrofittedInSemssBaselineYearIsLeftOutOfItsBoundary() {
        SemsBoundary boundary = SemsBoundary.of(List.of("b001", "b005"), Map.of("b001", List.of(B001_RETROFIT)), GO_LIVE, LAST);

        assertThat(boundary.buildings()).containsExactly("b005");
        assertThat(boundary.excluded().get("b001").english()).contains("envelope").contains("non-routine event");
        // a retrofit whose reporting began before the baseline year is in the baseline already: nothing to adjust
        RetrofitProject old = new RetrofitProject(2, 1, "windows", "LIGHT", BigDecimal.ONE, "", GO_LIVE.minusDays(600), GO_LIVE.minusDays(590),
                GO_LIVE.minusDays(580), null, List.of());
        assertThat(SemsBoundary.of(List.of("b001"), Map.of("b001", List.of(old)), GO_LIVE, LAST).buildings()).containsExactly("b001");
    }

    @Test
    void eachCarriersSavingIsMeasuredOnTheBoundaryAndTheDeliveredEnergyAddsThem() {
        DistrictSavings.Result result = DistrictSavings.measure(district(), SemsBoundary.of(List.of("b001", "b005"),
                Map.of("b001", List.of(B001_RETROFIT)), GO_LIVE, LAST), GO_LIVE, LAST);

        assertThat(result.annual()).isFalse();
        assertThat(result.period().english()).isEqualTo("120 days, 2026-01-01 to 2026-04-30: not yet the full year the goal is set for");
        Map<Carrier, Double> percent = new HashMap<>();
        result.byCarrier().forEach(c -> percent.put(c.carrier(), ((MeasurementAndVerification.Measured) c.outcome()).report().savingsPercent()));
        assertThat(percent.get(Carrier.HEAT)).isCloseTo(12, within(1.0));
        assertThat(percent.get(Carrier.ELECTRICITY)).isCloseTo(5, within(1.0));
        // delivered energy: (0.12 · H + 0.05 · 50 · n) / (H + 50 · n), H the reporting days' heat baseline of b005, n = 120 days
        double h = 0;
        for (LocalDate d = GO_LIVE; !d.isAfter(LAST); d = d.plusDays(1)) {
            h += 100 + 10 * Math.max(0, 16 - temperature(d));
        }
        double expected = 100 * (0.12 * h + 0.05 * 50 * 120) / (h + 50 * 120);
        assertThat(((MeasurementAndVerification.Measured) result.delivered().outcome()).report().savingsPercent()).isCloseTo(expected, within(1.0));
    }

    @Test
    void afterAYearTheReportingPeriodIsTheLatest365DaysAndWithoutBuildingsItSaysWhy() {
        DistrictSavings.Result year = DistrictSavings.measure(district(), SemsBoundary.of(List.of(), Map.of(), GO_LIVE, GO_LIVE.plusDays(400)),
                GO_LIVE, GO_LIVE.plusDays(400));
        assertThat(year.annual()).isTrue();
        assertThat(year.reportingFrom()).isEqualTo(GO_LIVE.plusDays(36));
        assertThat(((MeasurementAndVerification.Insufficient) year.delivered().outcome()).reasons()).singleElement().asString()
                .startsWith("No building is in SEMS’s measurement boundary");
    }
}

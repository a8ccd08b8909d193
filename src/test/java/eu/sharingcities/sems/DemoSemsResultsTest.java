package eu.sharingcities.sems;

import eu.sharingcities.buildings.Carrier;
import eu.sharingcities.buildings.RetrofitProject;
import eu.sharingcities.buildings.mv.MeasurementAndVerification;
import eu.sharingcities.sems.demo.SemsPastSetpoints;
import eu.sharingcities.simulator.DemoHistory;
import eu.sharingcities.simulator.model.DemoRetrofit;
import eu.sharingcities.simulator.model.DemoSemsPast;
import eu.sharingcities.telemetry.CounterDays;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's past as DemoBuildings makes it (eight buildings, SEMS's set-back acting from its
 * go-live 150 days back) measured as the SEMS page measures it: the four retrofitted buildings
 * are left out of the boundary, and the other four show a saving, with its uncertainty.
 */
class DemoSemsResultsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void eachCitysSemsPageHasAMeasuredSaving() {
        List<DemoHistory.DailyValue> history = DemoHistory.of("milan", 8, 2026, TODAY, SemsPastSetpoints.of(TODAY, ROME));
        Map<String, Map<Carrier, TreeMap<LocalDate, Double>>> readings = new HashMap<>();
        Map<LocalDate, Double> temperatures = new HashMap<>();
        for (DemoHistory.DailyValue v : history) {
            LocalDate day = v.dayStart().atZone(ROME).toLocalDate();
            if (v.pointCode().equals("milan.weather.outdoor-temperature")) {
                temperatures.put(day, v.mean());
            } else if (v.pointCode().startsWith("milan.building.") && v.pointCode().endsWith("-meter")) {
                String[] parts = v.pointCode().split("\\.");
                readings.computeIfAbsent(parts[2], b -> new HashMap<>()).computeIfAbsent(parts[3].startsWith("heat") ? Carrier.HEAT : Carrier.ELECTRICITY,
                        c -> new TreeMap<>()).put(day, v.last()); // the reading at the end of the day
            }
        }
        Map<String, Map<Carrier, Map<LocalDate, Double>>> energy = new HashMap<>();
        readings.forEach((b, meters) -> meters.forEach((c, days) -> energy.computeIfAbsent(b, k -> new HashMap<>()).put(c, CounterDays.counted(days))));
        Map<String, List<RetrofitProject>> retrofits = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            int index = i;
            DemoRetrofit.forBuilding(i).ifPresent(r -> retrofits.put(String.format("b%03d", index + 1), List.of(new RetrofitProject(index, index, "demo",
                    r.depth().name(), BigDecimal.ONE, "", r.installationStart(TODAY), r.installationEnd(TODAY), r.installationEnd(TODAY).plusDays(1), null,
                    List.of()))));
        }
        LocalDate goLive = DemoSemsPast.goLive(TODAY);
        SemsBoundary boundary = SemsBoundary.of(energy.keySet(), retrofits, goLive, TODAY.minusDays(1));

        DistrictSavings.Result result = DistrictSavings.measure(new DistrictDays(ROME, energy, temperatures), boundary, goLive, TODAY.minusDays(1));

        assertThat(boundary.buildings()).containsExactly("b005", "b006", "b007", "b008");
        assertThat(result.delivered().outcome()).as(result.delivered().outcome().toString()).isInstanceOf(MeasurementAndVerification.Measured.class);
        var report = ((MeasurementAndVerification.Measured) result.delivered().outcome()).report();
        assertThat(report.savingsPercent()).isBetween(2.0, 40.0);
        assertThat(report.fractionalUncertainty90()).isPositive();
        assertThat(result.period().english()).startsWith("150 days");
    }
}

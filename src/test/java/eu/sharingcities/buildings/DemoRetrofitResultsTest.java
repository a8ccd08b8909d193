package eu.sharingcities.buildings;

import eu.sharingcities.simulator.DemoHistory;
import eu.sharingcities.simulator.model.DemoRetrofit;
import eu.sharingcities.telemetry.PointId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's generated history, read as the platform reads it (daily counter readings to daily
 * consumption) and analysed: the deep retrofits come out near the programme's 60 %, the light one
 * far from it, and the building whose meter is too young gets reasons instead of a number.
 */
class DemoRetrofitResultsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void deepRetrofitsComeNearSixtyPercentAndLightOnesDoNot() {
        // the demo as it is made: SEMS's occupancy set-back acting from its go-live, 150 days ago, on the buildings without a retrofit
        List<DemoHistory.DailyValue> history = DemoHistory.of("milan", 4, 2026, TODAY, eu.sharingcities.sems.demo.SemsPastSetpoints.of(TODAY, ROME));

        BuildingResult deep = analyse(history, 0);
        BuildingResult light = analyse(history, 1);
        BuildingResult young = analyse(history, 3);

        assertThat(deep.totals()).isPresent();
        assertThat(deep.totals().get().savingsPercent()).isBetween(50.0, 70.0);
        assertThat(analyse(history, 2).totals().get().savingsPercent()).isBetween(40.0, 70.0);
        assertThat(light.totals().get().savingsPercent()).isBetween(5.0, 25.0);
        assertThat(young.totals()).isEmpty();
        assertThat(young.problems()).anySatisfy(p -> assertThat(p.english()).contains("Heat meter").contains("baseline"));
        assertThat(deep.days()).isNotEmpty().anySatisfy(d -> assertThat(d.reporting()).isTrue());
    }

    @Test
    void thePrintedReportStatesTheSavingsAndTheModels() throws Exception {
        BuildingResult deep = analyse(DemoHistory.of("milan", 1, 2026, TODAY), 0);
        Building building = new Building(1, "milan", 1, "Porta Romana / Vettabbia", "b001", "Via Ripamonti block 1", "Via Ripamonti 12",
                45.44, 9.2, "RESIDENTIAL", 1455, 1925, 19, "D", "district heating", new PointId(1));
        BuildingOverview overview = new BuildingOverview(building, deep.meters().stream().map(BuildingResult.MeterResult::meter).toList(),
                java.util.Optional.of(deep.project()), java.util.Optional.of(deep));

        List<String> pages = printed(overview, java.util.Locale.ENGLISH);
        assertThat(pages.get(0)).contains("Via Ripamonti block 1", "Measured savings",
                String.format(java.util.Locale.ROOT, "%.1f %%", deep.totals().orElseThrow().savingsPercent()));
        assertThat(String.join(" ", pages)).contains("Baseline models", "Heat meter", "heating degree days");

        assertThat(printed(overview, java.util.Locale.ITALIAN).get(0)).as("the report a Milan officer prints reads Italian, with a decimal comma")
                .contains("Risparmi misurati", "Contatori", String.format(java.util.Locale.ITALIAN, "%.1f %%", deep.totals().orElseThrow().savingsPercent()))
                .doesNotContain("Measured savings");
    }

    /** The report's pages as text, white space made single. */
    private static List<String> printed(BuildingOverview overview, java.util.Locale locale) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        eu.sharingcities.buildings.report.BuildingReport.write(overview, ROME, locale, out);
        var reader = new com.lowagie.text.pdf.PdfReader(out.toByteArray());
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        List<String> pages = new java.util.ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.add(extractor.getTextFromPage(page).replaceAll("\\s+", " "));
        }
        return pages;
    }

    private static BuildingResult analyse(List<DemoHistory.DailyValue> history, int index) {
        DemoRetrofit retrofit = DemoRetrofit.forBuilding(index).orElseThrow();
        String prefix = String.format("milan.building.b%03d.", index + 1);
        RetrofitProject project = new RetrofitProject(1, 1, "test", retrofit.depth().name(), java.math.BigDecimal.ONE, "",
                retrofit.installationStart(TODAY), retrofit.installationEnd(TODAY), retrofit.installationEnd(TODAY).plusDays(1), null, List.of());
        Map<Meter, List<MeterPeriod>> periods = new LinkedHashMap<>();
        periods.put(new Meter(1, 1, "Heat meter", Carrier.HEAT, "kWh", 1, new PointId(1), prefix + "heat-meter"), consumption(history, prefix + "heat-meter"));
        periods.put(new Meter(2, 1, "Electricity meter", Carrier.ELECTRICITY, "kWh", 1, new PointId(2), prefix + "electricity-meter"),
                consumption(history, prefix + "electricity-meter"));
        Map<LocalDate, Double> temperatures = new LinkedHashMap<>();
        history.stream().filter(v -> v.pointCode().equals("milan.weather.outdoor-temperature"))
                .forEach(v -> temperatures.put(v.dayStart().atZone(ROME).toLocalDate(), v.mean()));
        return BuildingAnalysis.analyse(project, periods, temperatures, TODAY.minusDays(1));
    }

    private static List<MeterPeriod> consumption(List<DemoHistory.DailyValue> history, String code) {
        List<MeterData.DayEnd> ends = new ArrayList<>();
        history.stream().filter(v -> v.pointCode().equals(code))
                .forEach(v -> ends.add(new MeterData.DayEnd(v.dayStart().atZone(ROME).toLocalDate(), v.last(), v.lastTime())));
        return MeterData.dailyConsumption(ends, 1, ROME);
    }
}

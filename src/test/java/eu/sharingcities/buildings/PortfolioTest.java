package eu.sharingcities.buildings;

import eu.sharingcities.buildings.mv.BaselineModel;
import eu.sharingcities.buildings.mv.CalTrackSettings;
import eu.sharingcities.buildings.mv.FitStatistics;
import eu.sharingcities.buildings.mv.MeasurementAndVerification;
import eu.sharingcities.buildings.mv.ModelKind;
import eu.sharingcities.buildings.mv.SavingsReport;
import eu.sharingcities.buildings.report.PortfolioReport;
import eu.sharingcities.telemetry.PointId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static eu.sharingcities.buildings.EmissionScope.INDICATIVE;
import static org.assertj.core.api.Assertions.assertThat;

class PortfolioTest {

    private static final LocalDate WORKS = LocalDate.of(2025, 10, 1);
    private static final List<EnergyFactor> FACTORS = List.of(
            new EnergyFactor("milan", 2025, Carrier.HEAT, 0.2, 0.1, INDICATIVE, "test"), new EnergyFactor("milan", 2026, Carrier.HEAT, 0.1, 0.2, INDICATIVE, "test"),
            new EnergyFactor("milan", 2025, Carrier.ELECTRICITY, 0.3, 0.25, INDICATIVE, "test"));

    @Test
    void theGoalCountsBuildingsAndFloorAreaAndCarriersCarryTheirOwnFactors() {
        BuildingOverview deep = measured("b1", "Porta Romana", 1000, 6700, 3300, 100);   // 6,800 of 11,000: 61.8 %
        BuildingOverview light = measured("b2", "Porta Romana", 2000, 1500, 8500, 50);   // 1,550 of 11,000: 14.1 %
        BuildingOverview other = measured("b3", "Vettabbia", 500, 7000, 3000, 200);      // 7,200 of 11,000: 65.5 %
        BuildingOverview none = new BuildingOverview(building("b4", "Vettabbia", 800), List.of(), Optional.empty(), Optional.empty());

        List<Portfolio.Line> districts = Portfolio.byDistrict(List.of(deep, light, other, none), FACTORS);
        Portfolio.Line city = Portfolio.byCity(List.of(deep, light, other, none), FACTORS).get(0);

        assertThat(districts).extracting(Portfolio.Line::name).containsExactly("Porta Romana", "Vettabbia");
        assertThat(city.buildings()).isEqualTo(4);
        assertThat(city.measured()).isEqualTo(3);
        assertThat(city.meetingGoal()).as("deep and other").isEqualTo(2);
        assertThat(city.floorAreaMeetingGoalM2()).isEqualTo(1500);
        assertThat(city.avoidedKwh()).isEqualTo(6700 + 100 + 1500 + 50 + 7000 + 200);
        // reporting ends in 2026: heat takes 2026's factor, electricity the newest before it (2025)
        assertThat(city.avoidedCo2Kg()).isCloseTo((6700 + 1500 + 7000) * 0.1 + (100 + 50 + 200) * 0.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(city.savedEur()).isCloseTo((6700 + 1500 + 7000) * 0.2 + (100 + 50 + 200) * 0.25, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void thePrintedPortfolioListsEveryLine() throws Exception {
        List<BuildingOverview> all = List.of(measured("b1", "Porta Romana", 1000, 6000, 4000, 100));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PortfolioReport.write("Retrofit portfolio · Milano", Portfolio.byDistrict(all, FACTORS), Portfolio.byCity(all, FACTORS),
                Portfolio.consortium(all, FACTORS), java.util.Locale.ENGLISH, out);

        var reader = new com.lowagie.text.pdf.PdfReader(out.toByteArray());
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text).contains("Retrofit portfolio · Milano", "Porta Romana", "Consortium", "6,100");

        ByteArrayOutputStream italian = new ByteArrayOutputStream();
        PortfolioReport.write("Portafoglio · Milano", Portfolio.byDistrict(all, FACTORS), Portfolio.byCity(all, FACTORS),
                Portfolio.consortium(all, FACTORS), java.util.Locale.ITALIAN, italian);
        String it = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(italian.toByteArray())).getTextFromPage(1);
        assertThat(it.replaceAll("\\s+", " ")).as("6,000 heat + 100 electricity kWh avoided, as Milan writes numbers").contains("Consorzio", "6.100")
                .doesNotContain("Consortium");
    }


    /** A building whose heat meter avoided {@code heatAvoided} of 10,000 kWh and whose electricity meter {@code elecAvoided} of 1,000. */
    private static BuildingOverview measured(String code, String district, double area, double heatAvoided, double heatUsed, double elecAvoided) {
        RetrofitProject project = new RetrofitProject(1, 1, "works", "DEEP", BigDecimal.TEN, "", WORKS, WORKS.plusDays(20), WORKS.plusDays(21),
                LocalDate.of(2026, 9, 30), List.of(RetrofitMeasure.WINDOWS));
        Meter heat = new Meter(1, 1, "Heat meter", Carrier.HEAT, "kWh", 1, null, null);
        Meter electricity = new Meter(2, 1, "Electricity meter", Carrier.ELECTRICITY, "kWh", 1, null, null);
        List<BuildingResult.MeterResult> meters = List.of(new BuildingResult.MeterResult(heat, measuredReport(10_000, heatAvoided), List.of(), List.of(), List.of()),
                new BuildingResult.MeterResult(electricity, measuredReport(1_000, elecAvoided), List.of(), List.of(), List.of()));
        double avoided = heatAvoided + elecAvoided;
        BuildingResult result = new BuildingResult(project, meters,
                Optional.of(new BuildingResult.Totals(11_000, 11_000 - avoided, avoided, 100 * avoided / 11_000, 10, true)), List.of(), List.of());
        return new BuildingOverview(building(code, district, area), List.of(heat, electricity), Optional.of(project), Optional.of(result));
    }

    private static MeasurementAndVerification.Measured measuredReport(double baseline, double avoided) {
        BaselineModel model = new BaselineModel(ModelKind.INTERCEPT_ONLY, 1, 0, 0, 0, 0, Double.NaN, Double.NaN, new FitStatistics(365, 1, 0, 0, 5, 0, 0));
        return new MeasurementAndVerification.Measured(new SavingsReport(model, CalTrackSettings.Frequency.DAILY, baseline, baseline - avoided, avoided,
                100 * avoided / baseline, 0.05, 0.05 * avoided, 0.03, baseline, "test", List.of(), List.of()));
    }

    private static Building building(String code, String district, double area) {
        return new Building(1, "milan", 1, district, code, code, "Via " + code, 45.4, 9.2, "RESIDENTIAL", area, 1960, 10, "E", "", new PointId(1));
    }
}

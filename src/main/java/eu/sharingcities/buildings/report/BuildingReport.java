package eu.sharingcities.buildings.report;

import eu.sharingcities.buildings.BuildingOverview;
import eu.sharingcities.buildings.BuildingResult;
import eu.sharingcities.buildings.Meter;
import eu.sharingcities.buildings.RetrofitProject;
import eu.sharingcities.buildings.mv.FitStatistics;
import eu.sharingcities.buildings.mv.SavingsReport;
import eu.sharingcities.text.Message;

import java.awt.Color;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The printable measurement and verification report of one building (IPMVP Option C), in English. */
public final class BuildingReport {

    private BuildingReport() {
    }

    public static void write(BuildingOverview b, ZoneId zone, OutputStream out) {
        try (Pdf pdf = new Pdf(out, b.building().name())) {
            pdf.heading(b.building().name(), 18);
            pdf.text(b.building().address() + " · " + b.building().districtName() + " · " + b.building().use().toLowerCase(Locale.ROOT) + " · "
                    + String.format(Locale.ROOT, "%,.0f m²", b.building().floorAreaM2())
                    + (b.building().yearBuilt() == null ? "" : " · built " + b.building().yearBuilt())
                    + (b.building().energyLabel().isEmpty() ? "" : " · label " + b.building().energyLabel()));
            pdf.text("Report made " + ZonedDateTime.now(zone).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")) + " by the Sharing Cities Platform.");
            pdf.heading("Meters", 12);
            pdf.table(List.of("Meter", "Carrier", "Unit", "Source"), b.meters().stream()
                    .map(m -> List.of(m.name(), m.carrier().name().toLowerCase(Locale.ROOT), m.unit(), m.pointCode() == null ? "imported bills" : m.pointCode()))
                    .toList());
            if (b.retrofit().isEmpty()) {
                pdf.text("No retrofit is recorded for this building.");
                return;
            }
            RetrofitProject r = b.retrofit().get();
            pdf.heading("Retrofit", 12);
            pdf.text(r.name() + " (" + r.depth().toLowerCase(Locale.ROOT) + "): " + String.join(", ",
                    r.measures().stream().map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList())
                    + String.format(Locale.ROOT, " · %,.0f € · %s", r.costEur(), r.funding()));
            pdf.text("Baseline " + r.baselineStart() + " to " + r.installationStart().minusDays(1) + " · installation " + r.installationStart()
                    + " to " + r.installationEnd() + " · reporting from " + r.reportingStart() + (r.reportingEnd() == null ? "" : " to " + r.reportingEnd()));
            BuildingResult result = b.result().orElseThrow();
            pdf.heading("Measured savings (IPMVP Option C, CalTRACK daily / billing method, ASHRAE Guideline 14)", 12);
            result.totals().ifPresentOrElse(t -> pdf.text(String.format(Locale.ROOT,
                            "Adjusted baseline %,.0f kWh, used %,.0f kWh: %,.0f kWh avoided, %.1f %% ± %.1f %% of the baseline at 90 %% confidence. %s",
                            t.adjustedBaselineKwh(), t.reportingKwh(), t.avoidedKwh(), t.savingsPercent(),
                            100 * t.avoidedUncertaintyKwh90() / t.adjustedBaselineKwh(),
                            t.meetsGuideline14() ? "Every model meets the Guideline 14 criteria." : "Some model misses a Guideline 14 criterion (below).")),
                    () -> result.problems().forEach(p -> pdf.text("Not enough data: " + p)));
            if (!result.days().isEmpty()) {
                chart(pdf, result.days());
            }
            pdf.heading("Baseline models", 12);
            List<List<String>> rows = new ArrayList<>();
            for (BuildingResult.MeterResult m : result.meters()) {
                rows.add(m.report().map(rep -> row(m.meter(), rep)).orElse(List.of(m.meter().name(), "not enough data", "", "", "", "", "", "")));
            }
            pdf.table(List.of("Meter", "Model", "R²", "CV(RMSE)", "NMBE", "Savings", "FSU 90 %", "Guideline 14"), rows);
        }
    }

    private static List<String> row(Meter meter, SavingsReport r) {
        FitStatistics s = r.model().statistics();
        return List.of(meter.name(), r.model().kind().description(), String.format(Locale.ROOT, "%.3f", s.rSquared()),
                String.format(Locale.ROOT, "%.1f %%", s.cvRmsePercent()), String.format(Locale.ROOT, "%.4f %%", s.nmbePercent()),
                String.format(Locale.ROOT, "%,.0f kWh (%.1f %%)", r.avoidedKwh(), r.savingsPercent()),
                String.format(Locale.ROOT, "%.1f %%", 100 * r.fractionalUncertainty90()),
                r.meetsGuideline14() ? "met" : Message.join("; ", r.guideline14Misses(), Locale.ENGLISH));
    }

    private static void chart(Pdf pdf, List<BuildingResult.Day> days) {
        int n = days.size();
        double[] actual = new double[n], baseline = new double[n], low = new double[n], high = new double[n];
        for (int i = 0; i < n; i++) {
            BuildingResult.Day d = days.get(i);
            actual[i] = d.actualKwh();
            baseline[i] = d.baselineKwh();
            low[i] = d.reporting() ? d.bandLowKwh() : Double.NaN;
            high[i] = d.reporting() ? d.bandHighKwh() : Double.NaN;
        }
        pdf.lineChart("Daily energy, " + days.get(0).day() + " to " + days.get(n - 1).day() + ": used (red) against the baseline model (blue), "
                        + "with its 90 % band over the reporting period",
                List.of(baseline, actual), List.of(new Color(0x1d, 0x4f, 0x91), new Color(0xb3, 0x26, 0x1e)), low, high);
    }
}

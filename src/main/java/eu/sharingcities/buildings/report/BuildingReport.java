package eu.sharingcities.buildings.report;

import eu.sharingcities.buildings.BuildingOverview;
import eu.sharingcities.buildings.BuildingResult;
import eu.sharingcities.buildings.Meter;
import eu.sharingcities.buildings.RetrofitProject;
import eu.sharingcities.buildings.mv.FitStatistics;
import eu.sharingcities.buildings.mv.SavingsReport;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.Pdf;

import java.awt.Color;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The printable measurement and verification report of one building (IPMVP Option C), in the reader's language. */
public final class BuildingReport {

    private final Locale locale;

    private BuildingReport(Locale locale) {
        this.locale = locale;
    }

    public static void write(BuildingOverview b, ZoneId zone, Locale locale, OutputStream out) {
        new BuildingReport(locale).print(b, zone, out);
    }

    private void print(BuildingOverview b, ZoneId zone, OutputStream out) {
        try (Pdf pdf = new Pdf(out, b.building().name())) {
            pdf.heading(b.building().name(), 18);
            pdf.text(b.building().address() + " · " + b.building().districtName() + " · " + say("use." + key(b.building().use())) + " · "
                    + String.format(locale, "%,.0f m²", b.building().floorAreaM2())
                    + (b.building().yearBuilt() == null ? "" : " · " + say("building.built", String.valueOf(b.building().yearBuilt())))
                    + (b.building().energyLabel().isEmpty() ? "" : " · " + say("building.label", b.building().energyLabel())));
            pdf.text(say("report.made", ZonedDateTime.now(zone).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))));
            pdf.heading(say("building.meters"), 12);
            pdf.table(List.of(say("building.meter"), say("building.carrier"), say("building.unit"), say("building.source")), b.meters().stream()
                    .map(m -> List.of(m.name(), say("carrier." + key(m.carrier().name())), m.unit(),
                            m.pointCode() == null ? say("building.imported") : m.pointCode()))
                    .toList());
            if (b.retrofit().isEmpty()) {
                pdf.text(say("report.noRetrofit"));
                return;
            }
            RetrofitProject r = b.retrofit().get();
            pdf.heading(say("building.retrofit"), 12);
            pdf.text(r.name() + " (" + say("depth." + key(r.depth())) + "): "
                    + String.join(", ", r.measures().stream().map(m -> say("measure." + key(m.name()))).toList())
                    + String.format(locale, " · %,.0f € · %s", r.costEur(), r.funding()));
            pdf.text(say("building.baseline", r.baselineStart().toString(), r.installationStart().minusDays(1).toString()) + " · "
                    + say("building.installation", r.installationStart().toString(), r.installationEnd().toString()) + " · "
                    + say("building.reporting", r.reportingStart().toString(),
                    r.reportingEnd() == null ? say("building.ongoing") : r.reportingEnd().toString()));
            BuildingResult result = b.result().orElseThrow();
            pdf.heading(say("report.savings.heading"), 12);
            result.totals().ifPresentOrElse(t -> pdf.text(say("report.savings", t.adjustedBaselineKwh(), t.reportingKwh(), t.avoidedKwh(),
                            t.savingsPercent(), 100 * t.avoidedUncertaintyKwh90() / t.adjustedBaselineKwh())
                            + " " + say(t.meetsGuideline14() ? "report.g14.all" : "report.g14.some")),
                    () -> result.problems().forEach(p -> pdf.text(say("report.notEnough", p))));
            if (!result.days().isEmpty()) {
                chart(pdf, result.days());
            }
            pdf.heading(say("report.models"), 12);
            List<List<String>> rows = new ArrayList<>();
            for (BuildingResult.MeterResult m : result.meters()) {
                rows.add(m.report().map(rep -> row(m.meter(), rep))
                        .orElse(List.of(m.meter().name(), say("report.notEnoughShort"), "", "", "", "", "", "")));
            }
            pdf.table(List.of(say("building.meter"), say("building.model"), "R²", "CV(RMSE)", "NMBE", say("building.savings"),
                    say("building.uncertainty"), say("building.guideline14")), rows);
        }
    }

    private List<String> row(Meter meter, SavingsReport r) {
        FitStatistics s = r.model().statistics();
        return List.of(meter.name(), say("mv.model.kind." + key(r.model().kind().name())), String.format(locale, "%.3f", s.rSquared()),
                String.format(locale, "%.1f %%", s.cvRmsePercent()), String.format(locale, "%.4f %%", s.nmbePercent()),
                String.format(locale, "%,.0f kWh (%.1f %%)", r.avoidedKwh(), r.savingsPercent()),
                String.format(locale, "%.1f %%", 100 * r.fractionalUncertainty90()),
                r.meetsGuideline14() ? say("building.guideline14.met") : Message.join("; ", r.guideline14Misses(), locale));
    }

    private void chart(Pdf pdf, List<BuildingResult.Day> days) {
        int n = days.size();
        double[] actual = new double[n], baseline = new double[n], low = new double[n], high = new double[n];
        for (int i = 0; i < n; i++) {
            BuildingResult.Day d = days.get(i);
            actual[i] = d.actualKwh();
            baseline[i] = d.baselineKwh();
            low[i] = d.reporting() ? d.bandLowKwh() : Double.NaN;
            high[i] = d.reporting() ? d.bandHighKwh() : Double.NaN;
        }
        pdf.lineChart(say("report.chart", days.get(0).day().toString(), days.get(n - 1).day().toString()),
                List.of(baseline, actual), List.of(new Color(0x1d, 0x4f, 0x91), new Color(0xb3, 0x26, 0x1e)), low, high);
    }

    private String say(String key, Object... arguments) {
        return Message.of(key, arguments).in(locale);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

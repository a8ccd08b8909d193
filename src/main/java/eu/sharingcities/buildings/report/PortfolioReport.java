package eu.sharingcities.buildings.report;

import eu.sharingcities.buildings.Portfolio;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The printable portfolio: the programme's 60 % goal per district, per city and for the consortium. */
public final class PortfolioReport {

    private static final List<String> HEADER = List.of("", "Buildings", "Retrofitted", "Measured", "≥ 60 %", "Floor area m²", "Area ≥ 60 % m²",
            "Avoided kWh", "CO2 t", "Saved €");

    private PortfolioReport() {
    }

    public static void write(String title, List<Portfolio.Line> districts, List<Portfolio.Line> cities, Portfolio.Line consortium, OutputStream out) {
        try (Pdf pdf = new Pdf(out, title)) {
            pdf.heading(title, 18);
            pdf.text("Retrofit results as measured by IPMVP Option C up to " + LocalDate.now() + ". CO2 and money use each city's factors "
                    + "for the year the reporting ends, per energy carrier.");
            pdf.heading("Districts", 12);
            pdf.table(HEADER, districts.stream().map(PortfolioReport::row).toList());
            pdf.heading("Cities", 12);
            pdf.table(HEADER, cities.stream().map(PortfolioReport::row).toList());
            pdf.heading("Consortium", 12);
            pdf.table(HEADER, List.of(row(consortium)));
        }
    }

    private static List<String> row(Portfolio.Line l) {
        return List.of(l.name(), String.valueOf(l.buildings()), String.valueOf(l.retrofitted()), String.valueOf(l.measured()),
                String.valueOf(l.meetingGoal()), String.format(Locale.ROOT, "%,.0f", l.floorAreaM2()),
                String.format(Locale.ROOT, "%,.0f", l.floorAreaMeetingGoalM2()), String.format(Locale.ROOT, "%,.0f", l.avoidedKwh()),
                String.format(Locale.ROOT, "%,.1f", l.avoidedCo2Kg() / 1000), String.format(Locale.ROOT, "%,.0f", l.savedEur()));
    }
}

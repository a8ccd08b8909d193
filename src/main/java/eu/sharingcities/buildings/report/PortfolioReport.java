package eu.sharingcities.buildings.report;

import eu.sharingcities.buildings.Portfolio;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.Pdf;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The printable portfolio: the programme's 60 % goal per district, per city and for the consortium, in the reader's language. */
public final class PortfolioReport {

    private static final List<String> HEADER_KEYS = List.of("nav.buildings", "portfolio.retrofitted", "portfolio.measured", "portfolio.goal",
            "buildings.area", "portfolio.goal.area", "portfolio.avoided", "portfolio.co2", "portfolio.money");

    private PortfolioReport() {
    }

    public static void write(String title, List<Portfolio.Line> districts, List<Portfolio.Line> cities, Portfolio.Line consortium, Locale locale,
                             OutputStream out) {
        List<String> header = new ArrayList<>(List.of(""));
        HEADER_KEYS.forEach(key -> header.add(say(locale, key)));
        try (Pdf pdf = new Pdf(out, title)) {
            pdf.heading(title, 18);
            pdf.text(say(locale, "report.portfolio.intro", LocalDate.now().toString()));
            pdf.heading(say(locale, "portfolio.districts"), 12);
            pdf.table(header, districts.stream().map(l -> row(l, locale)).toList());
            pdf.heading(say(locale, "portfolio.cities"), 12);
            pdf.table(header, cities.stream().map(l -> row(l, locale)).toList());
            pdf.heading(say(locale, "portfolio.consortium"), 12);
            pdf.table(header, List.of(row(consortium, locale)));
        }
    }

    private static List<String> row(Portfolio.Line l, Locale locale) {
        return List.of(l.name(), String.valueOf(l.buildings()), String.valueOf(l.retrofitted()), String.valueOf(l.measured()),
                String.valueOf(l.meetingGoal()), String.format(locale, "%,.0f", l.floorAreaM2()),
                String.format(locale, "%,.0f", l.floorAreaMeetingGoalM2()), String.format(locale, "%,.0f", l.avoidedKwh()),
                String.format(locale, "%,.1f", l.avoidedCo2Kg() / 1000), String.format(locale, "%,.0f", l.savedEur()));
    }

    private static String say(Locale locale, String key, Object... arguments) {
        return Message.of(key, arguments).in(locale);
    }
}

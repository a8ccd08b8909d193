package eu.sharingcities.partners.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A result as its partner describes it: title, what was done (per language), city and place, when,
 * what it cost (€), its figures, and the business model that made it work (null: none given).
 */
public record ResultProfile(String title, Map<String, String> summary, String city, String place, LocalDate started, LocalDate finished,
                            Double costEur, List<FigureSpec> figures, BusinessModel businessModel) {

    public ResultProfile {
        summary = summary == null ? Map.of() : Map.copyOf(summary);
        figures = figures == null ? List.of() : List.copyOf(figures);
        place = place == null ? "" : place.trim();
    }
}

package eu.sharingcities.partners.results;

import eu.sharingcities.text.PlatformLanguages;
import eu.sharingcities.text.Refusal;

import java.util.Collection;
import java.util.Map;

/** Checks a result before anything of it is stored: the first problem refused with its field and how to fix it. */
final class ResultCheck {

    private static final int MAX_FIGURES = 20;

    private ResultCheck() {
    }

    static void check(ResultProfile r, Collection<String> cities) {
        if (r.title() == null || r.title().isBlank() || r.title().length() > 200) {
            throw new Refusal("results.refused.title");
        }
        if (r.city() == null || !cities.contains(r.city())) {
            throw new Refusal("results.refused.city", String.valueOf(r.city()), String.join(", ", cities));
        }
        for (Map.Entry<String, String> text : r.summary().entrySet()) {
            if (!PlatformLanguages.CODES.contains(text.getKey()) || text.getValue() == null || text.getValue().length() > 5_000) {
                throw new Refusal("results.refused.summary", text.getKey(), String.join(", ", PlatformLanguages.CODES));
            }
        }
        if (r.started() != null && r.finished() != null && r.finished().isBefore(r.started())) {
            throw new Refusal("results.refused.dates", r.started().toString(), r.finished().toString());
        }
        if (r.costEur() != null && !(r.costEur() >= 0 && r.costEur() < 1e10)) {
            throw new Refusal("results.refused.cost");
        }
        BusinessModel model = r.businessModel();
        if (model != null) {
            if (model.valueProposition() == null || model.valueProposition().isBlank()) {
                throw new Refusal("results.refused.valueProposition");
            }
            for (String part : java.util.Arrays.asList(model.valueProposition(), model.customers(), model.channels(), model.revenue(), model.costs(),
                    model.keyPartners())) {
                if (part != null && part.length() > 2_000) {
                    throw new Refusal("results.refused.canvas", 2_000);
                }
            }
        }
        if (r.figures().size() > MAX_FIGURES) {
            throw new Refusal("results.refused.figures", MAX_FIGURES);
        }
        for (int i = 0; i < r.figures().size(); i++) {
            FigureSpec f = r.figures().get(i);
            if (f == null || f.source() == null || f.label() == null || f.label().isBlank() || f.label().length() > 200) {
                throw new Refusal("results.refused.figure", i + 1, java.util.Arrays.toString(FigureSource.values()));
            }
            boolean needsSubject = f.source() == FigureSource.BUILDING_SAVINGS || f.source() == FigureSource.HEAT_PUMP_SPF
                    || f.source() == FigureSource.LIGHTING_GROUP_SAVINGS;
            if (needsSubject && (f.subject() == null || f.subject().isBlank())) {
                throw new Refusal("results.refused.subject", i + 1, f.source().name());
            }
            if (f.source() == FigureSource.DECLARED && (f.declaredValue() == null || !Double.isFinite(f.declaredValue()))) {
                throw new Refusal("results.refused.declared", i + 1);
            }
        }
    }
}

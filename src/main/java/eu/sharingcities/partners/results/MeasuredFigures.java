package eu.sharingcities.partners.results;

import eu.sharingcities.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Resolves a result's figures from the platform's own measurements as they stand now, so a
 * published figure follows the measurement; a declared one is shown as the partner's word. Runs as
 * the platform itself: a published result shows its figure to everyone, not the city's data behind it.
 */
@ApplicationScoped
public class MeasuredFigures {

    @Inject
    FigureReader reader;

    public ResultFigure resolve(FigureSpec spec, String city) {
        if (spec.source() == FigureSource.DECLARED) {
            return new ResultFigure(spec.label(), spec.declaredValue(), spec.declaredUnit(), null, "declared by the partner", null, false, null);
        }
        try {
            return CurrentUser.runAsSystem(() -> reader.measure(spec, city));
        } catch (RuntimeException e) { // the module's refusal (no such building…), its transaction rolled back alone
            return FigureReader.unavailable(spec, FigureReader.unit(spec.source()), String.valueOf(e.getMessage()));
        }
    }
}

package eu.sharingcities.partners.results;

/** A figure a result shows: its label, where it comes from and of what ({@code subject}), or, declared, its value and unit. */
public record FigureSpec(String label, FigureSource source, String subject, Double declaredValue, String declaredUnit) {
}

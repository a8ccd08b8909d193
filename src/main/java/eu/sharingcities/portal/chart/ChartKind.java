package eu.sharingcities.portal.chart;

/** How a series is drawn. */
public enum ChartKind {
    LINE, BAR, AREA
}

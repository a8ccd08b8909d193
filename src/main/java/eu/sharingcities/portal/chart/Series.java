package eu.sharingcities.portal.chart;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A named series of values at instants (time axis) or at the chart's categories (same order). */
public record Series(String name, ChartKind kind, List<Point> points) {

    public Series {
        Objects.requireNonNull(name, "A series needs a name.");
        Objects.requireNonNull(kind, "A series needs a kind.");
        points = List.copyOf(points);
    }

    /** One value; {@code at} is null on a category axis. */
    public record Point(Instant at, double value) {
    }

    public static Series ofValues(String name, ChartKind kind, List<? extends Number> values) {
        return new Series(name, kind, values.stream().map(v -> new Point(null, v.doubleValue())).toList());
    }
}

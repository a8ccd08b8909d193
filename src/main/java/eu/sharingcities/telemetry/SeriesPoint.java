package eu.sharingcities.telemetry;

import java.time.Instant;

/** One value of a series: a raw reading, or a rollup bucket's mean with its minimum and maximum. */
public record SeriesPoint(Instant at, double value, double minimum, double maximum) {
}

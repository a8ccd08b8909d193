package eu.sharingcities.telemetry;

import java.time.Duration;

/**
 * Which stored form answers a range: raw readings for up to six hours, then 15-minute, hourly and
 * daily rollups, so a chart never reads more than a few thousand rows.
 */
public enum Resolution {
    RAW(null), MINUTES_15("15min"), HOUR("hour"), DAY("day");

    private final String rollup;

    Resolution(String rollup) {
        this.rollup = rollup;
    }

    public String rollup() {
        return rollup;
    }

    public static Resolution forRange(Duration range) {
        if (range.compareTo(Duration.ofHours(6)) <= 0) {
            return RAW;
        }
        if (range.compareTo(Duration.ofDays(7)) <= 0) {
            return MINUTES_15;
        }
        if (range.compareTo(Duration.ofDays(120)) <= 0) {
            return HOUR;
        }
        return DAY;
    }
}

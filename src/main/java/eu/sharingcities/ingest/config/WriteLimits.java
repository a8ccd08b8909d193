package eu.sharingcities.ingest.config;

import java.time.Duration;

/**
 * What the platform may write to a point: values from {@code min} to {@code max}, at most
 * {@code maxStep} away from the value the controller holds, and not sooner than
 * {@code minInterval} after the point's last command. The controller may be stricter still.
 */
public record WriteLimits(double min, double max, double maxStep, Duration minInterval) {

    public WriteLimits {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min >= max) {
            throw new IllegalArgumentException("min must be below max, both finite numbers");
        }
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maxStep must be more than 0");
        }
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("minIntervalS must be 0 or more");
        }
    }
}

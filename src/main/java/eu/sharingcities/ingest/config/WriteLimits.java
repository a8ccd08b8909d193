package eu.sharingcities.ingest.config;

import eu.sharingcities.text.Refusal;

import java.time.Duration;

/**
 * What the platform may write to a point: values from {@code min} to {@code max}, at most
 * {@code maxStep} away from the value the controller holds, and not sooner than
 * {@code minInterval} after the point's last command. The controller may be stricter still.
 */
public record WriteLimits(double min, double max, double maxStep, Duration minInterval) {

    public WriteLimits {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min >= max) {
            throw new Refusal("config.write.order");
        }
        if (!(maxStep > 0)) {
            throw new Refusal("config.write.step");
        }
        if (minInterval.isNegative()) {
            throw new Refusal("config.write.interval");
        }
    }
}

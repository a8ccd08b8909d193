package eu.sharingcities.simulator.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A smart lamppost: on from dusk to dawn (sun below -0.833°, the astronomical clock), at its
 * dimming level (0–100 %, writable), drawing {@code ratedW × level}; now and then it develops a
 * fault (lamp out) that lasts until the end of that day. Power in W, energy in kWh.
 */
public final class LampModel {

    private static final double FAULT_PROBABILITY_PER_DAY = 0.002;

    private final double ratedW;
    private final long seed;
    private final int index;
    private double dimPercent = 100;
    private boolean on;
    private boolean fault;
    private double powerW;
    private double energyKwh;

    public LampModel(double ratedW, long seed, int index) {
        this.ratedW = ratedW;
        this.seed = seed;
        this.index = index;
    }

    /** The controller accepts 0..100 %; returns what it applied. */
    public double requestDim(double percent) {
        dimPercent = Math.max(0, Math.min(100, percent));
        return dimPercent;
    }

    public void step(Instant at, Duration dt, double sunElevationDegrees) {
        fault = Noise.uniform(seed, 5000 + index, at.getEpochSecond() / 86400) < FAULT_PROBABILITY_PER_DAY;
        on = sunElevationDegrees < -0.833 && dimPercent > 0;
        powerW = on && !fault ? ratedW * dimPercent / 100 : 0;
        energyKwh += powerW / 1000 * dt.toMillis() / 3_600_000.0;
    }

    public boolean on() {
        return on;
    }

    public boolean fault() {
        return fault;
    }

    public double dimPercent() {
        return dimPercent;
    }

    public double powerW() {
        return powerW;
    }

    public double energyKwh() {
        return energyKwh;
    }
}

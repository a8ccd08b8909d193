package eu.sharingcities.simulator.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A smart lamppost's controller: it burns at the dimming level the central management system
 * wrote last (0–100 %, 0 is off), drawing {@code ratedW × level}. A controller never written to, or
 * not written to for {@link #FALLBACK_AFTER} (the platform gone), falls back to its photocell: on
 * from dusk to dawn (sun below −0.833°) at its last level. Now and then it develops a fault (lamp
 * out) that lasts until the end of that day. Power in W, energy in kWh.
 */
public final class LampModel {

    private static final double FAULT_PROBABILITY_PER_DAY = 0.002;
    static final Duration FALLBACK_AFTER = Duration.ofHours(26);

    private final double ratedW;
    private final long seed;
    private final int index;
    private double dimPercent = 100;
    private boolean on;
    private boolean fault;
    private double powerW;
    private double energyKwh;
    /** A lamp gone dark without its controller noticing (a broken lamp or driver): set by fault tests. */
    private volatile boolean broken;
    /** Since the last write; null: never written. */
    private Duration sinceWrite;

    public LampModel(double ratedW, long seed, int index) {
        this.ratedW = ratedW;
        this.seed = seed;
        this.index = index;
    }

    /** The controller accepts 0..100 %; returns what it applied. */
    public double requestDim(double percent) {
        dimPercent = Math.max(0, Math.min(100, percent));
        sinceWrite = Duration.ZERO;
        return dimPercent;
    }

    public void step(Instant at, Duration dt, double sunElevationDegrees) {
        fault = Noise.uniform(seed, 5000 + index, at.getEpochSecond() / 86400) < FAULT_PROBABILITY_PER_DAY;
        boolean commanded = sinceWrite != null && sinceWrite.compareTo(FALLBACK_AFTER) < 0;
        on = dimPercent > 0 && (commanded || sunElevationDegrees < -0.833);
        if (sinceWrite != null) {
            sinceWrite = sinceWrite.plus(dt);
        }
        powerW = on && !fault && !broken ? ratedW * dimPercent / 100 : 0;
        energyKwh += powerW / 1000 * dt.toMillis() / 3_600_000.0;
    }

    /** Breaks the lamp (true) or repairs it: it draws no current while its controller still says it is on. */
    public void broken(boolean broken) {
        this.broken = broken;
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

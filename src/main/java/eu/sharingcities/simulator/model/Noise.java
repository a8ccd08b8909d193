package eu.sharingcities.simulator.model;

/**
 * Deterministic noise: the same seed, channel and time step always give the same value, whatever
 * happened before, so two simulator runs with one seed produce the same data.
 */
public final class Noise {

    private Noise() {
    }

    /** A uniform value in [0, 1). */
    public static double uniform(long seed, long channel, long step) {
        long h = mix(seed * 0x9E3779B97F4A7C15L ^ mix(channel) ^ mix(step * 0xC2B2AE3D27D4EB4FL));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** A standard normal value (Box-Muller on two uniforms). */
    public static double gaussian(long seed, long channel, long step) {
        double u1 = Math.max(uniform(seed, channel, step), 1e-12);
        double u2 = uniform(seed, channel ^ 0x5DEECE66DL, step);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}

package eu.sharingcities.telemetry;

import java.time.Instant;

/**
 * A point with its newest reading; {@code role} is its {@link PointRole}'s written name, or null;
 * {@code meaningInFile}: its asset or role is stated in the configuration file (else a city admin
 * may set them, {@link PointMeanings}). {@code status} is the OPC UA status code's 32 bits; Good
 * when its top two bits are 0. {@code lastTime} is null before the first reading.
 */
public record PointSummary(int id, String cityCode, String code, String asset, String role, String unit, String endpointId, boolean active,
                           boolean meaningInFile, Double lastValue, Instant lastTime, Integer status) {

    public Quality quality() {
        return Quality.of(status);
    }

    /** OPC UA quality in three words, and "no value yet". */
    public enum Quality {
        GOOD, UNCERTAIN, BAD, NONE;

        /** From a status code's top two bits: 00 Good, 01 Uncertain, 1x Bad. */
        public static Quality of(Integer status) {
            if (status == null) {
                return NONE;
            }
            return switch (status >>> 30) {
                case 0 -> GOOD;
                case 1 -> UNCERTAIN;
                default -> BAD;
            };
        }
    }
}

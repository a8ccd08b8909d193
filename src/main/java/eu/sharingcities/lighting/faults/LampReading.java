package eu.sharingcities.lighting.faults;

/**
 * A lamppost as the fault detector sees it at one moment: what it should burn at (0: off), what its
 * controller reports (null: nothing good), its rated power, and the sun's elevation there.
 * {@code communicating}: its endpoint is connected and its node answers; {@code switchesLastHour}: how
 * often its on/off state changed in the last hour.
 */
public record LampReading(String lamp, String cabinet, double ratedW, int shouldBurn, boolean communicating, Boolean on, Double level,
                          Double powerW, boolean faultFlag, double sunElevationDegrees, int switchesLastHour) {

    /** A moment without the last hour's switching known (none counted). */
    public LampReading(String lamp, String cabinet, double ratedW, int shouldBurn, boolean communicating, Boolean on, Double level,
                       Double powerW, boolean faultFlag, double sunElevationDegrees) {
        this(lamp, cabinet, ratedW, shouldBurn, communicating, on, level, powerW, faultFlag, sunElevationDegrees, 0);
    }
}

package eu.sharingcities.lighting;

/**
 * A lamppost as the fault detector sees it at one moment: what it should burn at (0: off), what its
 * controller reports (null: nothing good), its rated power, and the sun's elevation there.
 * {@code communicating}: its endpoint is connected and its node answers.
 */
public record LampReading(String lamp, String cabinet, double ratedW, int shouldBurn, boolean communicating, Boolean on, Double level,
                          Double powerW, boolean faultFlag, double sunElevationDegrees) {
}

package eu.sharingcities.lighting.schedule;

import eu.sharingcities.text.Refusal;

import java.util.Locale;

/**
 * The sun's elevation at which a group's lamps switch: {@code sunset} (the upper limb on the
 * horizon with refraction, −0.833°, as NOAA's sunrise and sunset), {@code civil} (civil twilight,
 * −6°) or an angle in degrees between −12 and +6 (a photocell's threshold, say −3).
 */
public record SunAngle(String written, double degrees) {

    public static final SunAngle SUNSET = new SunAngle("sunset", -0.833);
    public static final SunAngle CIVIL = new SunAngle("civil", -6);

    /** Reads {@code sunset}, {@code civil} or degrees; throws with what is accepted. */
    public static SunAngle of(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals(SUNSET.written)) {
            return SUNSET;
        }
        if (t.equals(CIVIL.written)) {
            return CIVIL;
        }
        try {
            double degrees = Double.parseDouble(t);
            if (degrees >= -12 && degrees <= 6) {
                return new SunAngle(t, degrees);
            }
        } catch (NumberFormatException e) {
            // the message below says what is accepted
        }
        throw new Refusal("sunAngle.refused", String.valueOf(text));
    }

    @Override
    public String toString() {
        return written;
    }
}

package eu.sharingcities.lighting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What else a lamppost carries, as written in the inventory file. */
public enum Equipment {
    ENVIRONMENT_SENSOR, EV_CHARGER, WIFI, CCTV, SMALL_CELL;

    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Equipment> of(String written) {
        return Arrays.stream(values()).filter(e -> e.written().equals(written.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String allWritten() {
        return String.join(", ", Arrays.stream(values()).map(Equipment::written).toList());
    }
}

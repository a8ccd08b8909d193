package eu.sharingcities.condominium;

import java.util.Arrays;
import java.util.List;

/** Where a condominium is on the way from first contact to realised works; DROPPED leaves the way. */
public enum Stage {
    CONTACT, AUDIT, WORKSHOPS, ASSEMBLY, FINANCING, WORKS, MONITORING, REALISED, DROPPED;

    /** The stages of the way, in order (without DROPPED). */
    public static List<Stage> way() {
        return Arrays.stream(values()).filter(s -> s != DROPPED).toList();
    }
}

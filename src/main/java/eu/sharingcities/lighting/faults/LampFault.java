package eu.sharingcities.lighting.faults;

import eu.sharingcities.alarms.Priority;

/**
 * What can be wrong with street lights, as the data show it. Each fault of a lamppost (or of a
 * cabinet) is one alarm whose source is {@link #source}: its lifecycle is the alarms' (ISA-18.2).
 */
public enum LampFault {
    /** The lamp should burn and its controller says it does, but no current flows (or the controller reports a lamp fault). */
    LAMP_FAILURE("Street light: lamp failure", Priority.MEDIUM),
    /** On in daylight while nothing asks for it: energy wasted, often a stuck relay or photocell. */
    DAY_BURNING("Street light: burning by day", Priority.LOW),
    /** Its controller's endpoint is connected but the lamp's node reports nothing good. */
    COMMUNICATION_LOSS("Street light: no communication", Priority.LOW),
    /** Switching on and off again and again: a failing lamp or driver, or a photocell that hunts. */
    CYCLING("Street light: cycling", Priority.MEDIUM),
    /** Burning, but drawing far from its rated power at its level: a failing driver or a wrong luminaire record. */
    ABNORMAL_POWER("Street light: abnormal power", Priority.LOW),
    /** Most lamps of one cabinet failing or silent at once: the feeder, not the lamps — one fault, not one per lamp. */
    CABINET_POWER_LOSS("Street lights: cabinet without power", Priority.HIGH);

    private final String prefix;
    private final Priority priority;

    LampFault(String prefix, Priority priority) {
        this.prefix = prefix;
        this.priority = priority;
    }

    /** The alarm's source for a lamppost's or a cabinet's fault, e.g. "Street light: lamp failure (BUR-0001)". */
    public String source(String lampOrCabinet) {
        return prefix + " (" + lampOrCabinet + ")";
    }

    /** The lamppost's or cabinet's code an alarm source of this fault is about. */
    public String target(String source) {
        return source.substring(prefix.length() + 2, source.length() - 1);
    }

    /** Whether the fault is a whole cabinet's rather than one lamppost's. */
    public boolean ofCabinet() {
        return this == CABINET_POWER_LOSS;
    }

    public Priority priority() {
        return priority;
    }

    /** Whether an alarm source is one of street lighting's. */
    public static boolean isLighting(String source) {
        return of(source) != null;
    }

    /** The fault named {@code name} (LAMP_FAILURE…); refused with the names there are. */
    public static LampFault of(String name, boolean named) {
        for (LampFault f : values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new eu.sharingcities.text.Refusal("workOrder.refused.fault", name,
                "REPORTED, " + String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList()));
    }

    /** The fault an alarm source is about; null when it is not street lighting's. */
    public static LampFault of(String source) {
        for (LampFault f : values()) {
            if (source.startsWith(f.prefix + " (")) {
                return f;
            }
        }
        return null;
    }
}

package eu.sharingcities.alarms;

/** How urgently an operator must act; the order is the order of the alarm list. */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW;

    /** Whether {@code name} is a priority's name (CRITICAL, HIGH, MEDIUM or LOW). */
    public static boolean named(String name) {
        return name != null && java.util.Arrays.stream(values()).anyMatch(p -> p.name().equals(name));
    }
}

package eu.sharingcities.alarms;

/** How urgently an operator must act; the order is the order of the alarm list. */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW
}

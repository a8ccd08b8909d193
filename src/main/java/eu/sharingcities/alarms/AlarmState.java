package eu.sharingcities.alarms;

/**
 * Where an alarm is in its lifecycle (ISA-18.2): raised and not yet seen, seen while its
 * condition lasts, cleared before anyone saw it, or closed (cleared and acknowledged: history).
 */
public enum AlarmState {
    ACTIVE_UNACKNOWLEDGED, ACTIVE_ACKNOWLEDGED, CLEARED_UNACKNOWLEDGED, CLOSED
}

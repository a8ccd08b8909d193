package eu.sharingcities.alarms;

/**
 * Where an alarm occurrence is in its lifecycle (ANSI/ISA-18.2 and IEC 62682, the state model):
 * raised and not yet seen, seen while its condition lasts, returned to normal before anyone saw
 * it, or closed (returned to normal and acknowledged). Two more ends an occurrence can have:
 * its alarm was removed from service (its rule switched off by an administrator, with a reason),
 * or suppressed by design (the plant it watches is off). An alarm that returns to normal
 * unacknowledged and trips again goes back to {@link #ACTIVE_UNACKNOWLEDGED}: it is the same alarm.
 */
public enum AlarmState {
    ACTIVE_UNACKNOWLEDGED, ACTIVE_ACKNOWLEDGED, CLEARED_UNACKNOWLEDGED, CLOSED, OUT_OF_SERVICE, SUPPRESSED;

    /** Whether the occurrence still asks something of the operator (active, or waiting for acknowledgement). */
    public boolean open() {
        return this == ACTIVE_UNACKNOWLEDGED || this == ACTIVE_ACKNOWLEDGED || this == CLEARED_UNACKNOWLEDGED;
    }

    public boolean active() {
        return this == ACTIVE_UNACKNOWLEDGED || this == ACTIVE_ACKNOWLEDGED;
    }
}

package eu.sharingcities.lighting.workorders;

import eu.sharingcities.alarms.Priority;

import java.time.Instant;

/**
 * A street-light repair: for a lamppost (or, when {@code lamppost} is null, a cabinet), its fault or
 * REPORTED for one reported by hand, the contractor it is assigned to, and when it moved through
 * its states. Due by the repair hours of the lamp's group (the street class's SLA).
 */
public record WorkOrder(long id, String lamppost, String cabinet, String street, double latitude, double longitude, String fault,
                        String description, Priority priority, Status status, String contractor, Instant dueAt, String openedBy,
                        Instant openedAt, Instant assignedAt, Instant startedAt, Instant fixedAt, Instant verifiedAt) {

    /** Where a work order is; only the data move it to VERIFIED. */
    public enum Status {
        OPEN, ASSIGNED, IN_PROGRESS, FIXED, VERIFIED
    }

    /** What it is for: the lamppost's code, or the cabinet's. */
    public String target() {
        return lamppost != null ? lamppost : cabinet;
    }

    public boolean overdue(Instant now) {
        return status != Status.VERIFIED && now.isAfter(dueAt);
    }
}

package eu.sharingcities.audit;

import java.time.Instant;

/** An audit entry as views and REST show it. */
public record AuditRecord(long id, Instant at, String actor, String cityCode, String action, String target,
                          String before, String after) {
}

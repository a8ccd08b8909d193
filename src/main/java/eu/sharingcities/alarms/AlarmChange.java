package eu.sharingcities.alarms;

import java.time.Instant;

/** A rule's condition became true ({@code active}) or false, at an instant, with the value that made it so (NaN for none). */
public record AlarmChange(AlarmRule rule, boolean active, Instant at, double value, String message) {
}

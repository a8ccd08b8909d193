package eu.sharingcities.alarms;

import java.time.Instant;

/** An alarm as the alarm list shows it. */
public record AlarmSummary(long id, String cityCode, String rule, Priority priority, AlarmState state, Instant raisedAt, Double value,
                           String message, Instant shelvedUntil) {
}

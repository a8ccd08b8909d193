package eu.sharingcities.alarms;

import eu.sharingcities.text.Message;

import java.time.Instant;

/** An alarm as the alarm list shows it. */
public record AlarmSummary(long id, String cityCode, String rule, Priority priority, AlarmState state, Instant raisedAt, Double value,
                           Message message, Instant shelvedUntil) {
}

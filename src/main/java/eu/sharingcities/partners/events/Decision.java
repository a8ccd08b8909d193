package eu.sharingcities.partners.events;

import java.time.Instant;

/** A decision taken in a session, as recorded. */
public record Decision(long id, String text, String recordedBy, Instant recordedAt) {
}

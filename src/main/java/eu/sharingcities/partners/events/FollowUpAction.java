package eu.sharingcities.partners.events;

import java.time.Instant;
import java.time.LocalDate;

/** Something a participant is to do after a session, by when, and whether it is done. */
public record FollowUpAction(long id, String text, String owner, String ownerName, LocalDate dueOn, Instant doneAt) {
}

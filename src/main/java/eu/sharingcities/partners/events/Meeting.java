package eu.sharingcities.partners.events;

import java.time.Instant;

/** A one-to-one meeting asked by one participant of another; accepted, it holds both people's time. */
public record Meeting(long id, String event, Participant requester, Participant invitee, Instant startsAt, Instant endsAt, String subject,
                     State state) {

    public enum State {
        REQUESTED, ACCEPTED, DECLINED, CANCELLED
    }
}

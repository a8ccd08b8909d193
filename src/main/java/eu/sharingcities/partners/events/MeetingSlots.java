package eu.sharingcities.partners.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The times one-to-one meetings may take: an event's meeting sessions cut into slots of the event's
 * meeting length from each session's start, as matchmaking at trade shows does; a slot that would
 * run past its session's end is not offered.
 */
final class MeetingSlots {

    /** A slot: when it starts and ends. */
    record Slot(Instant start, Instant end) {
    }

    private MeetingSlots() {
    }

    static List<Slot> of(List<SessionDetails> sessions, int minutes) {
        Duration length = Duration.ofMinutes(minutes);
        List<Slot> all = new ArrayList<>();
        for (SessionDetails s : sessions) {
            if (s.kind() != SessionKind.MEETINGS) {
                continue;
            }
            for (Instant start = s.startsAt(); !start.plus(length).isAfter(s.endsAt()); start = start.plus(length)) {
                all.add(new Slot(start, start.plus(length)));
            }
        }
        return all;
    }

    /** The slot starting at {@code start}, if there is one. */
    static Optional<Slot> at(List<SessionDetails> sessions, int minutes, Instant start) {
        return of(sessions, minutes).stream().filter(s -> s.start().equals(start)).findFirst();
    }
}

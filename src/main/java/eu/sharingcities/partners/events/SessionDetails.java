package eu.sharingcities.partners.events;

import java.time.Instant;
import java.util.List;

/** A session of the agenda as consortium staff write it. */
public record SessionDetails(String title, SessionKind kind, String room, Instant startsAt, Instant endsAt, String description,
                             List<Speaker> speakers) {

    public SessionDetails {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        room = room == null ? "" : room;
        description = description == null ? "" : description;
    }
}

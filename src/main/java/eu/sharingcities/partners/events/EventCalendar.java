package eu.sharingcities.partners.events;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An event in a calendar, as iCalendar (RFC 5545) written by ical4j: each session of the agenda
 * and, for a participant, each accepted one-to-one meeting. Times are in UTC (RFC 5545 §3.3.5,
 * form #2), which every calendar shows in its reader's own zone without a VTIMEZONE to keep.
 */
public final class EventCalendar {

    private EventCalendar() {
    }

    public static void write(Event event, List<Meeting> meetings, OutputStream out) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Sharing Cities Platform//Partners' events//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (EventSession s : event.sessions()) {
            SessionDetails d = s.details();
            String speakers = d.speakers().stream().map(Speaker::label).collect(Collectors.joining(", "));
            String text = String.join("\n", java.util.stream.Stream.of(d.description(), speakers).filter(t -> !t.isBlank()).toList());
            calendar.add(vevent("session-" + s.id() + "@" + event.code() + ".sharingcities.eu", d.startsAt(), d.endsAt(),
                    d.title(), place(event, d.room()), text));
        }
        for (Meeting m : meetings) {
            if (m.state() == Meeting.State.ACCEPTED) {
                calendar.add(vevent("meeting-" + m.id() + "@" + event.code() + ".sharingcities.eu", m.startsAt(), m.endsAt(),
                        m.requester().displayName() + " · " + m.invitee().displayName() + ": " + m.subject(), event.details().venue(), ""));
            }
        }
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VEvent vevent(String uid, Instant start, Instant end, String summary, String location, String description) {
        VEvent vevent = new VEvent(start, end, summary);
        vevent.add(new Uid(uid));
        vevent.add(new Location(location));
        if (!description.isBlank()) {
            vevent.add(new Description(description));
        }
        return vevent;
    }

    private static String place(Event event, String room) {
        return room.isBlank() ? event.details().venue() : room + ", " + event.details().venue();
    }
}

package eu.sharingcities.partners.events;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.Conflict;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * One-to-one meetings between an event's participants: one asks another for a slot of the meeting
 * sessions, the other accepts or declines, either cancels. Nobody is ever booked twice at once:
 * a request for a time either person has already given is refused, and an acceptance holds both
 * people's time under PostgreSQL's exclusion constraint, which refuses the second of two racing ones.
 */
@ApplicationScoped
@Transactional
public class MeetingRequests {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    PartnerEvents events;

    /** The caller's meetings at the event, asked and asked of them. */
    public List<Meeting> mine(String event) {
        events.requireInsider(event);
        return TransactionJdbc.run(em, db -> MeetingData.of(db, event, currentUser.username()));
    }

    /** The slots still to come in which neither the caller nor {@code other} has a meeting. */
    public List<Instant> freeSlots(String event, String other) {
        EventData.Row r = events.requireInsider(event);
        List<String> people = other == null || other.isBlank() ? List.of(currentUser.username()) : List.of(currentUser.username(), other);
        return TransactionJdbc.run(em, db -> {
            List<Instant> free = new java.util.ArrayList<>();
            for (MeetingSlots.Slot slot : MeetingSlots.of(sessions(db, event), r.details().meetingMinutes())) {
                if (slot.start().isAfter(Instant.now()) && MeetingData.clashes(db, event, people, slot.start(), slot.end()).isEmpty()) {
                    free.add(slot.start());
                }
            }
            return free;
        });
    }

    /** The event's sessions, whose meeting sessions hold the slots. */
    private static List<SessionDetails> sessions(Connection db, String event) throws SQLException {
        return EventData.sessions(db, event).stream().map(EventData.SessionRow::details).toList();
    }

    /** Asks another participant for a meeting in a slot still to come that both have free. */
    public Meeting request(String event, String invitee, Instant start, String subject) {
        SignedInUser user = currentUser.require();
        EventData.Row r = events.visible(event);
        String topic = EventCheck.text(subject, 200, "events.refused.subject");
        long id = TransactionJdbc.run(em, db -> {
            if (AttendanceData.participant(db, event, user.username()).isEmpty()) {
                throw new NotPermittedException("Register for " + r.details().title() + " before asking for meetings.");
            }
            if (invitee == null || invitee.equals(user.username()) || AttendanceData.participant(db, event, invitee).isEmpty()) {
                throw new Refusal("events.refused.invitee", String.valueOf(invitee), r.details().title());
            }
            MeetingSlots.Slot slot = start == null ? null : MeetingSlots.at(sessions(db, event), r.details().meetingMinutes(), start).orElse(null);
            if (slot == null || !slot.start().isAfter(Instant.now())) {
                throw new Refusal("events.refused.slot", String.valueOf(start), r.details().meetingMinutes());
            }
            List<Meeting> clashes = MeetingData.clashes(db, event, List.of(user.username(), invitee), slot.start(), slot.end());
            if (!clashes.isEmpty()) {
                throw clash(clashes.getFirst(), user.username());
            }
            return MeetingData.insert(db, event, user.username(), invitee, slot.start(), slot.end(), topic);
        });
        audit.recordForPartner(null, "partners.event.meeting-requested", target(event, id), null, user.username() + " → " + invitee + " " + start);
        return meeting(id);
    }

    /** The invitee accepts: both people's time is held, or the acceptance is refused if either has since given it away. */
    public Meeting accept(long id) {
        Meeting m = answerable(id);
        if (!m.startsAt().isAfter(Instant.now())) {
            throw new Refusal("events.refused.slotPast", m.startsAt().toString());
        }
        TransactionJdbc.run(em, db -> {
            if (!MeetingData.setState(db, id, Meeting.State.REQUESTED, Meeting.State.ACCEPTED)) {
                throw new Conflict("events.refused.answered", id);
            }
            try {
                MeetingData.hold(db, m);
            } catch (SQLException e) {
                if (MeetingData.TIME_TAKEN.equals(e.getSQLState())) {
                    throw new Conflict("events.refused.timeTaken", m.startsAt().toString());
                }
                throw e;
            }
            return null;
        });
        audit.recordForPartner(null, "partners.event.meeting-accepted", target(m.event(), id), "requested", "accepted");
        return meeting(id);
    }

    public Meeting decline(long id) {
        Meeting m = answerable(id);
        if (!TransactionJdbc.run(em, db -> MeetingData.setState(db, id, Meeting.State.REQUESTED, Meeting.State.DECLINED))) {
            throw new Conflict("events.refused.answered", id);
        }
        audit.recordForPartner(null, "partners.event.meeting-declined", target(m.event(), id), "requested", "declined");
        return meeting(id);
    }

    /** Either person calls a meeting off, asked or accepted, before it begins; its time is free again. */
    public Meeting cancel(long id) {
        Meeting m = own(id);
        if (m.state() != Meeting.State.REQUESTED && m.state() != Meeting.State.ACCEPTED) {
            throw new Conflict("events.refused.answered", id);
        }
        if (!m.startsAt().isAfter(Instant.now())) {
            throw new Refusal("events.refused.slotPast", m.startsAt().toString());
        }
        TransactionJdbc.run(em, db -> {
            if (!MeetingData.setState(db, id, m.state(), Meeting.State.CANCELLED)) {
                throw new Conflict("events.refused.answered", id);
            }
            MeetingData.release(db, id);
            return null;
        });
        audit.recordForPartner(null, "partners.event.meeting-cancelled", target(m.event(), id), m.state().name().toLowerCase(), "cancelled");
        return meeting(id);
    }

    /** A meeting asked of the caller and not yet answered. */
    private Meeting answerable(long id) {
        Meeting m = own(id);
        if (!m.invitee().username().equals(currentUser.username())) {
            throw new NotPermittedException("Only " + m.invitee().displayName() + " answers this request.");
        }
        if (m.state() != Meeting.State.REQUESTED) {
            throw new Conflict("events.refused.answered", id);
        }
        return m;
    }

    /** A meeting of the caller's; anyone else's is not there for them. */
    private Meeting own(long id) {
        String me = currentUser.require().username();
        Meeting m = meeting(id);
        if (!m.requester().username().equals(me) && !m.invitee().username().equals(me)) {
            throw new NotFound("No meeting " + id + ".");
        }
        return m;
    }

    private Meeting meeting(long id) {
        return TransactionJdbc.run(em, db -> MeetingData.meeting(db, id)).orElseThrow(() -> new NotFound("No meeting " + id + "."));
    }

    private static Conflict clash(Meeting taken, String me) {
        boolean mine = taken.requester().username().equals(me) || taken.invitee().username().equals(me);
        return new Conflict(mine ? "events.refused.youAreBusy" : "events.refused.theyAreBusy", taken.startsAt().toString());
    }

    private static String target(String event, long id) {
        return PartnerEvents.target(event) + "/meeting/" + id;
    }
}

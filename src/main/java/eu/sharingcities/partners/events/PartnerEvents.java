package eu.sharingcities.partners.events;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.partners.PartnerAccess;
import eu.sharingcities.partners.search.SearchIndex;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.Conflict;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The consortium's events: consortium staff write the agenda and publish it; once published the
 * agenda and trade show are public, and anyone signed in registers until the event is over (while
 * there is room). The participants, and each session's minutes, decisions and actions, are for the
 * event's participants and consortium staff. Every step is audited.
 */
@ApplicationScoped
@Transactional
public class PartnerEvents {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Cities cities;

    @Inject
    PartnerAccess access;

    @Inject
    TradeShow tradeShow;

    @Inject
    EventRecords records;

    /** The events the caller may see, the newest first, without their agenda. */
    public List<Event> list() {
        boolean consortium = isConsortium();
        return TransactionJdbc.run(em, db -> EventData.events(db, null)).stream().filter(r -> r.published() || consortium)
                .map(r -> new Event(r.code(), r.details(), r.timeZone(), r.published(), r.registered(), List.of(), List.of(), null)).toList();
    }

    /** An event with its agenda and trade show; the sessions' records to its participants and consortium staff. */
    public Event view(String code) {
        EventData.Row r = visible(code);
        boolean registered = isRegistered(code);
        boolean insider = registered || isConsortium();
        List<EventSession> sessions = TransactionJdbc.run(em, db -> EventData.sessions(db, code)).stream()
                .map(s -> insider ? records.of(s) : new EventSession(s.id(), s.details(), null, null, null, null)).toList();
        return new Event(code, r.details(), r.timeZone(), r.published(), r.registered(), sessions, tradeShow.exhibitors(code),
                currentUser.get().isPresent() ? registered : null);
    }

    /** Adds or changes an event (consortium staff); its time zone is its host city's. */
    public Event put(String code, EventDetails details) {
        access.requireConsortium();
        EventCheck.code(code);
        EventCheck.event(details, cities.all().stream().map(CityInfo::code).toList());
        String zone = cities.find(details.city()).orElseThrow().zone().getId();
        EventData.Row before = TransactionJdbc.run(em, db -> {
            EventData.Row was = EventData.event(db, code).orElse(null);
            // new days keep the agenda inside them: a session they would leave out is refused, not orphaned
            for (EventData.SessionRow s : was == null ? List.<EventData.SessionRow>of() : EventData.sessions(db, code)) {
                EventCheck.session(s.details(), details, ZoneId.of(zone));
            }
            EventData.put(db, code, details, zone);
            if (was != null && was.published()) { // what the search finds follows the published event
                index(db, EventData.event(db, code).orElseThrow(), EventData.sessions(db, code));
            }
            return was;
        });
        audit.recordForPartner(null, "partners.event.saved", target(code), before == null ? null : before.details().toString(), details.toString());
        return view(code);
    }

    /** Publishes an event (consortium staff): its agenda and trade show become public and findable, registration opens. */
    public Event publish(String code) {
        access.requireConsortium();
        EventData.Row r = row(code);
        TransactionJdbc.run(em, db -> {
            EventData.publish(db, code);
            index(db, r, EventData.sessions(db, code));
            return null;
        });
        audit.recordForPartner(null, "partners.event.published", target(code), null, r.details().title());
        return view(code);
    }

    /** Adds a session to the agenda ({@code id} null) or changes one (consortium staff). */
    public Event putSession(String code, Long id, SessionDetails session) {
        access.requireConsortium();
        EventData.Row r = row(code);
        EventCheck.session(session, r.details(), ZoneId.of(r.timeZone()));
        long saved = TransactionJdbc.run(em, db -> {
            long changed = EventData.putSession(db, code, id, session);
            if (changed > 0 && r.published()) {
                index(db, r, EventData.sessions(db, code));
            }
            return changed;
        });
        if (saved < 0) {
            throw new NotFound("No session " + id + " in " + code + ".");
        }
        audit.recordForPartner(null, "partners.event.session-saved", target(code) + "/session/" + saved, null, session.toString());
        return view(code);
    }

    /** Removes a session from the agenda, unless it has minutes, decisions or actions: what a session left behind is kept. */
    public Event deleteSession(String code, long id) {
        access.requireConsortium();
        EventData.Row r = row(code);
        boolean deleted = TransactionJdbc.run(em, db -> {
            EventData.SessionRow held = EventData.session(db, id).orElse(null);
            if (held != null && (held.minutes() != null || !RecordData.decisions(db, id).isEmpty() || !RecordData.actions(db, id).isEmpty())) {
                throw new Refusal("events.refused.sessionHasRecords", held.details().title());
            }
            boolean gone = EventData.deleteSession(db, code, id);
            if (gone && r.published()) {
                index(db, r, EventData.sessions(db, code));
            }
            return gone;
        });
        if (!deleted) {
            throw new NotFound("No session " + id + " in " + code + ".");
        }
        audit.recordForPartner(null, "partners.event.session-deleted", target(code) + "/session/" + id, null, null);
        return view(code);
    }

    /** Registers the caller, until the event is over and while there is room. */
    public Event register(String code) {
        SignedInUser user = currentUser.require();
        EventData.Row r = visible(code);
        if (!r.published() || Instant.now().isAfter(end(r))) {
            throw new Refusal("events.refused.registrationClosed", r.details().title());
        }
        Participant participant = Participant.of(user);
        if (!TransactionJdbc.run(em, db -> AttendanceData.register(db, code, participant, r.details().capacity()))) {
            throw new Conflict("events.refused.full", r.details().title(), r.details().capacity());
        }
        audit.recordForPartner(null, "partners.event.registered", target(code), null, user.username());
        return view(code);
    }

    /** Withdraws the caller's registration while the event is not over; their open meetings there are cancelled and the others' time freed. */
    public Event unregister(String code) {
        SignedInUser user = currentUser.require();
        EventData.Row r = visible(code);
        if (Instant.now().isAfter(end(r))) {
            throw new Refusal("events.refused.over", r.details().title());
        }
        List<Long> cancelled = TransactionJdbc.run(em, db -> {
            List<Long> ids = MeetingData.cancelAll(db, code, user.username());
            AttendanceData.unregister(db, code, user.username());
            return ids;
        });
        audit.recordForPartner(null, "partners.event.unregistered", target(code), user.username(), "meetings cancelled: " + cancelled);
        return view(code);
    }

    /** Who is registered: to the event's participants and consortium staff. */
    public List<Participant> participants(String code) {
        requireInsider(code);
        return TransactionJdbc.run(em, db -> AttendanceData.participants(db, code));
    }

    /** The event's row for a caller who may take part in it or run it; otherwise refused. */
    EventData.Row requireInsider(String code) {
        EventData.Row r = visible(code);
        currentUser.require();
        if (!isConsortium() && !isRegistered(code)) {
            throw new eu.sharingcities.security.NotPermittedException("Register for " + r.details().title() + " first.");
        }
        return r;
    }

    /** The event's row if the caller may see it: published, or to consortium staff. */
    EventData.Row visible(String code) {
        EventData.Row r = row(code);
        if (!r.published() && !isConsortium()) {
            throw notFound(code);
        }
        return r;
    }

    boolean isRegistered(String code) {
        return currentUser.get().map(u -> TransactionJdbc.run(em, db -> AttendanceData.participant(db, code, u.username())).isPresent()).orElse(false);
    }

    static Instant end(EventData.Row r) {
        return r.details().endIn(ZoneId.of(r.timeZone()));
    }

    private boolean isConsortium() {
        return currentUser.get().map(SignedInUser::isConsortiumAdmin).orElse(false);
    }

    private EventData.Row row(String code) {
        return TransactionJdbc.run(em, db -> EventData.event(db, code)).orElseThrow(() -> notFound(code));
    }

    /** An event is found by its title, description and sessions, in its own language's dictionary. */
    static void index(java.sql.Connection db, EventData.Row r, List<EventData.SessionRow> sessions) throws java.sql.SQLException {
        StringBuilder body = new StringBuilder(r.details().venue()).append('\n').append(r.details().description());
        sessions.forEach(s -> body.append('\n').append(s.details().title()).append(' ').append(s.details().description()));
        SearchIndex.put(db, "event", r.code(), Map.of(r.details().language(), new SearchIndex.Text(r.details().title(), body.toString())),
                List.of(r.details().city()), List.of(), "event");
    }

    private static NotFound notFound(String code) {
        return new NotFound("No published event " + code + ".");
    }

    static String target(String code) {
        return "partners/event/" + code;
    }
}

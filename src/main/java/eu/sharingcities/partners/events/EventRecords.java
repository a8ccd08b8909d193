package eu.sharingcities.partners.events;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.partners.Markdown;
import eu.sharingcities.partners.PartnerAccess;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a session leaves behind: its minutes (Markdown), the decisions taken and the follow-up actions
 * with their owners (participants of the event) and due dates. Consortium staff record them once the
 * session has begun; an action's owner marks it done. Read by the event's participants and consortium staff.
 */
@ApplicationScoped
@Transactional
public class EventRecords {

    static final int MAX_MINUTES = 50_000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    PartnerAccess access;

    /** A session with its records, for a reader who may see them. */
    EventSession of(EventData.SessionRow s) {
        return TransactionJdbc.run(em, db -> new EventSession(s.id(), s.details(), s.minutes(), Markdown.toHtml(s.minutes()),
                RecordData.decisions(db, s.id()), RecordData.actions(db, s.id())));
    }

    public EventSession writeMinutes(long session, String minutes) {
        EventData.SessionRow s = heldSession(session);
        if (minutes == null || minutes.isBlank() || minutes.length() > MAX_MINUTES) {
            throw new Refusal("events.refused.minutes", MAX_MINUTES);
        }
        TransactionJdbc.run(em, db -> {
            RecordData.minutes(db, session, minutes, currentUser.username());
            return null;
        });
        audit.recordForPartner(null, "partners.event.minutes-saved", target(s), s.minutes(), minutes);
        return reread(session);
    }

    public EventSession decide(long session, String text) {
        EventData.SessionRow s = heldSession(session);
        String decision = EventCheck.text(text, 2_000, "events.refused.decision");
        long id = TransactionJdbc.run(em, db -> RecordData.decide(db, session, decision, currentUser.username()));
        audit.recordForPartner(null, "partners.event.decision-recorded", target(s) + "/decision/" + id, null, decision);
        return reread(session);
    }

    /** A follow-up action for a participant of the event, with an optional due date. */
    public EventSession addAction(long session, String text, String owner, LocalDate dueOn) {
        EventData.SessionRow s = heldSession(session);
        String action = EventCheck.text(text, 2_000, "events.refused.action");
        boolean participant = owner != null && TransactionJdbc.run(em, db -> AttendanceData.participant(db, s.event(), owner)).isPresent();
        if (!participant) {
            throw new Refusal("events.refused.actionOwner", String.valueOf(owner));
        }
        long id = TransactionJdbc.run(em, db -> RecordData.addAction(db, session, action, owner, dueOn, currentUser.username()));
        audit.recordForPartner(null, "partners.event.action-recorded", target(s) + "/action/" + id, null, owner + ": " + action);
        return reread(session);
    }

    /** Marks an action done (or not): its owner or consortium staff. */
    public FollowUpAction setDone(long id, boolean done) {
        SignedInUser user = currentUser.require();
        RecordData.ActionRow a = TransactionJdbc.run(em, db -> RecordData.action(db, id)).orElseThrow(() -> new NotFound("No action " + id + "."));
        if (!user.isConsortiumAdmin() && !user.username().equals(a.action().owner())) {
            throw new NotPermittedException("Only the action's owner or consortium staff mark it done.");
        }
        TransactionJdbc.run(em, db -> {
            RecordData.done(db, id, done);
            return null;
        });
        audit.recordForPartner(null, "partners.event.action-" + (done ? "done" : "reopened"), "partners/event/" + a.event() + "/action/" + id,
                null, a.action().text());
        return TransactionJdbc.run(em, db -> RecordData.action(db, id)).orElseThrow().action();
    }

    /** A session consortium staff may record: it exists and has begun. */
    private EventData.SessionRow heldSession(long session) {
        access.requireConsortium();
        EventData.SessionRow s = TransactionJdbc.run(em, db -> EventData.session(db, session))
                .orElseThrow(() -> new NotFound("No session " + session + "."));
        if (Instant.now().isBefore(s.details().startsAt())) {
            throw new Refusal("events.refused.notYetHeld", s.details().title(), s.details().startsAt().toString());
        }
        return s;
    }

    private EventSession reread(long session) {
        return of(TransactionJdbc.run(em, db -> EventData.session(db, session)).orElseThrow());
    }

    private static String target(EventData.SessionRow s) {
        return PartnerEvents.target(s.event()) + "/session/" + s.id();
    }
}

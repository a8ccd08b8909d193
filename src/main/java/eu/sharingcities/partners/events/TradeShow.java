package eu.sharingcities.partners.events;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.partners.Competence;
import eu.sharingcities.partners.Competences;
import eu.sharingcities.partners.PartnerAccess;
import eu.sharingcities.partners.PartnerOrganisations;
import eu.sharingcities.partners.results.PartnerResult;
import eu.sharingcities.partners.results.PartnerResults;
import eu.sharingcities.text.Conflict;
import eu.sharingcities.text.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An event's trade show: a partner's people say what their organisation presents at its booth (its
 * published results, its competences, a pitch); consortium staff assign the booths.
 */
@ApplicationScoped
@Transactional
public class TradeShow {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PartnerAccess access;

    @Inject
    PartnerOrganisations organisations;

    @Inject
    PartnerResults results;

    @Inject
    Competences competences;

    @Inject
    PartnerEvents events;

    /** The exhibitors with their booths, published organisations only, by booth. */
    public List<Exhibitor> exhibitors(String event) {
        Map<Long, PartnerResult> published = results.published().stream().collect(Collectors.toMap(PartnerResult::id, Function.identity()));
        Map<String, String> names = organisations.published().stream()
                .collect(Collectors.toMap(o -> o.code(), o -> o.published().name()));
        return TransactionJdbc.run(em, db -> AttendanceData.stands(db, event)).stream().filter(s -> names.containsKey(s.organisation()))
                .map(s -> new Exhibitor(s.organisation(), names.get(s.organisation()), s.booth(), s.stand().results().stream()
                        .filter(published::containsKey).map(id -> new Exhibitor.ExhibitedResult(id, published.get(id).published().title())).toList(),
                        s.stand().competences(), s.stand().pitch())).toList();
    }

    /** Says what an organisation presents (its own people or consortium staff), while the event is not over. */
    public Event putStand(String event, String organisation, Stand stand) {
        access.requireEditor(organisation);
        EventData.Row r = events.visible(event);
        if (!r.published() || java.time.Instant.now().isAfter(PartnerEvents.end(r))) {
            throw new eu.sharingcities.text.Refusal("events.refused.registrationClosed", r.details().title());
        }
        organisations.view(organisation);
        List<Long> own = results.published().stream().filter(p -> p.organisation().equals(organisation)).map(PartnerResult::id).toList();
        EventCheck.stand(stand, own, competences.all().stream().filter(c -> !c.retired()).map(Competence::code).toList());
        TransactionJdbc.run(em, db -> {
            AttendanceData.putStand(db, event, organisation, stand);
            return null;
        });
        audit.recordForPartner(null, "partners.event.stand-saved", PartnerEvents.target(event) + "/exhibitor/" + organisation, null, stand.toString());
        return events.view(event);
    }

    /** Assigns a booth to an exhibitor (consortium staff); a booth holds one exhibitor. */
    public Event assignBooth(String event, String organisation, String booth) {
        access.requireConsortium();
        events.visible(event);
        String checked = EventCheck.booth(booth);
        boolean assigned = TransactionJdbc.run(em, db -> {
            if (AttendanceData.boothTaken(db, event, organisation, checked)) {
                throw new Conflict("events.refused.boothTaken", checked);
            }
            return AttendanceData.assignBooth(db, event, organisation, checked);
        });
        if (!assigned) {
            throw new NotFound(organisation + " does not exhibit at " + event + "; its people add its stand first.");
        }
        audit.recordForPartner(null, "partners.event.booth-assigned", PartnerEvents.target(event) + "/exhibitor/" + organisation, null, checked);
        return events.view(event);
    }
}

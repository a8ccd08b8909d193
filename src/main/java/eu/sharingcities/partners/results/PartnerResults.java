package eu.sharingcities.partners.results;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.partners.PartnerAccess;
import eu.sharingcities.partners.PartnerOrganisations;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/**
 * Partners' results: written by the organisation's people, published by consortium staff, shown to
 * everyone once published with their figures resolved from the platform's measurements now
 * ({@link MeasuredFigures}); the follower cities' administrators say how far they replicate them.
 */
@ApplicationScoped
@Transactional
public class PartnerResults {

    static final Set<String> REPLICATION = Set.of("interested", "planning", "replicating", "replicated");

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
    PartnerOrganisations organisations;

    @Inject
    MeasuredFigures figures;

    @Inject
    CityReplication cityReplication;

    /** The published results (without their figures, which {@link #view} resolves), newest first. */
    public List<PartnerResult> published() {
        return TransactionJdbc.run(em, db -> {
            List<PartnerResult> all = new java.util.ArrayList<>();
            for (ResultData.Row r : ResultData.rows(db, null)) {
                if (r.published() != null) {
                    all.add(new PartnerResult(r.id(), r.organisation(), r.published(), r.publishedAt().toInstant(), List.of(), null, null, null,
                            ResultData.replication(db, r.id())));
                }
            }
            return all.reversed();
        });
    }

    /** A result with its figures as the platform measures them now; its draft to its organisation's people and consortium staff. */
    public PartnerResult view(long id) {
        ResultData.Row r = row(id);
        boolean editor = access.mayEdit(r.organisation());
        if (r.published() == null && !editor) {
            throw notFound(id);
        }
        List<ResultFigure> resolved = r.published() == null ? List.of()
                : r.published().figures().stream().map(f -> figures.resolve(f, r.published().city())).toList();
        List<PartnerResult.Replication> replication = TransactionJdbc.run(em, db -> ResultData.replication(db, id));
        return new PartnerResult(id, r.organisation(), r.published(), r.publishedAt() == null ? null : r.publishedAt().toInstant(), resolved,
                editor ? r.draft() : null, editor ? r.draftState() : null, editor ? r.note() : null, replication);
    }

    /** A new result of the organisation, as a draft (its own people, or consortium staff). */
    public PartnerResult create(String organisation, ResultProfile draft) {
        access.requireEditor(organisation);
        organisations.requireProfile(organisation);
        check(draft);
        long id = TransactionJdbc.run(em, db -> ResultData.create(db, organisation, draft));
        audit.recordForPartner(null, "partners.result.created", target(id), null, ResultData.json(draft));
        return view(id);
    }

    public PartnerResult saveDraft(long id, ResultProfile draft) {
        ResultData.Row r = row(id);
        access.requireEditor(r.organisation());
        check(draft);
        TransactionJdbc.run(em, db -> {
            ResultData.update(db, id, "draft = ?::jsonb, draft_state = 'editing'", ResultData.json(draft));
            return null;
        });
        audit.recordForPartner(null, "partners.result.draft-saved", target(id), ResultData.json(r.draft()), ResultData.json(draft));
        return view(id);
    }

    public PartnerResult submit(long id) {
        access.requireEditor(row(id).organisation());
        TransactionJdbc.run(em, db -> {
            ResultData.update(db, id, "draft_state = 'submitted'");
            return null;
        });
        audit.recordForPartner(null, "partners.result.submitted", target(id), null, null);
        return view(id);
    }

    /** Consortium staff publish the draft: from now on everyone sees it, its figures resolved at each look. */
    public PartnerResult publish(long id) {
        access.requireConsortium();
        ResultData.Row r = row(id);
        TransactionJdbc.run(em, db -> {
            ResultData.update(db, id, "published = draft, published_at = now(), draft_state = 'editing', review_note = null");
            ResultData.index(db, id, r.draft());
            return null;
        });
        audit.recordForPartner(null, "partners.result.published", target(id), r.published() == null ? null : ResultData.json(r.published()),
                ResultData.json(r.draft()));
        return view(id);
    }

    public PartnerResult sendBack(long id, String note) {
        access.requireConsortium();
        row(id);
        String text = PartnerAccess.note(note);
        TransactionJdbc.run(em, db -> {
            ResultData.update(db, id, "draft_state = 'editing', review_note = ?", text);
            return null;
        });
        audit.recordForPartner(null, "partners.result.sent-back", target(id), null, text);
        return view(id);
    }

    /** A follower city's administrators say how far the city replicates a published result. */
    public PartnerResult setReplication(long id, String city, String status, String note) {
        SignedInUser user = currentUser.require(Role.CITY_ADMIN, city);
        CityInfo info = cities.find(city).orElseThrow(() -> new NotFound("No city '" + city + "'."));
        if (info.lighthouse()) {
            throw new Refusal("results.refused.lighthouse", info.name());
        }
        if (row(id).published() == null) {
            throw notFound(id);
        }
        if (!REPLICATION.contains(status)) {
            throw new Refusal("results.refused.status", String.valueOf(status), String.join(", ", List.of("interested", "planning", "replicating",
                    "replicated")));
        }
        String text = note == null ? "" : note.trim();
        if (text.length() > 2_000) {
            throw new Refusal("partners.refused.note");
        }
        cityReplication.set(id, city, status, text, user.username());
        audit.recordForPartner(city, "partners.result.replication", target(id), null, status + (text.isEmpty() ? "" : ": " + text));
        return view(id);
    }

    private void check(ResultProfile draft) {
        if (draft == null) {
            throw new Refusal("results.refused.title");
        }
        ResultCheck.check(draft, cities.all().stream().map(CityInfo::code).toList());
    }

    private ResultData.Row row(long id) {
        return TransactionJdbc.run(em, db -> ResultData.rows(db, id)).stream().findFirst().orElseThrow(() -> notFound(id));
    }

    private static NotFound notFound(long id) {
        return new NotFound("No published result " + id + ".");
    }

    private static String target(long id) {
        return "partners/result/" + id;
    }
}

package eu.sharingcities.partners;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The partner organisations: everyone sees the published profiles (without their people unless
 * signed in); a partner's own people edit its draft and submit it; consortium staff publish it or
 * send it back with a note, and add organisations. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class PartnerOrganisations {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Cities cities;

    @Inject
    Competences competences;

    @Inject
    PartnerAccess access;

    /** The published organisations, as the caller may see them. */
    public List<PartnerOrganisation> published() {
        boolean signedIn = currentUser.get().isPresent();
        return TransactionJdbc.run(em, PartnerData::organisations).stream().filter(o -> o.published() != null)
                .map(o -> new PartnerOrganisation(o.code(), signedIn ? o.published() : o.published().withoutPeople(), o.publishedAt(), null, null,
                        null)).toList();
    }

    /** One organisation: its published profile, and its draft to its own people and consortium staff; 404 to others before it is published. */
    public PartnerOrganisation view(String code) {
        PartnerOrganisation o = find(code);
        if (access.mayEdit(code)) {
            return o;
        }
        if (o.published() == null) {
            throw notFound(code);
        }
        boolean signedIn = currentUser.get().isPresent();
        return new PartnerOrganisation(code, signedIn ? o.published() : o.published().withoutPeople(), o.publishedAt(), null, null, null);
    }

    /** Organisations whose drafts wait for consortium staff. */
    public List<PartnerOrganisation> submitted() {
        access.requireConsortium();
        return TransactionJdbc.run(em, PartnerData::organisations).stream().filter(o -> "submitted".equals(o.draftState())).toList();
    }

    /** Adds an organisation with its first draft (consortium staff). */
    public PartnerOrganisation create(String code, OrganisationProfile draft) {
        access.requireConsortium();
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,63}")) {
            throw new Refusal("partners.refused.code", String.valueOf(code));
        }
        check(draft);
        if (TransactionJdbc.run(em, db -> PartnerData.organisation(db, code)).isPresent()) {
            throw new Refusal("partners.refused.exists", code);
        }
        TransactionJdbc.run(em, db -> {
            PartnerData.create(db, code, draft);
            return null;
        });
        auditChange(code, "partners.organisation.created", null, draft.name());
        return find(code);
    }

    /** Replaces the organisation's draft (its own people, or consortium staff); checked whole first. */
    public PartnerOrganisation saveDraft(String code, OrganisationProfile draft) {
        PartnerOrganisation before = requireEditor(code);
        check(draft);
        TransactionJdbc.run(em, db -> {
            PartnerData.saveDraft(db, code, draft);
            return null;
        });
        auditChange(code, "partners.organisation.draft-saved", PartnerData.json(before.draft()), PartnerData.json(draft));
        return find(code);
    }

    /** Its people hand the draft to consortium staff for publication. */
    public PartnerOrganisation submit(String code) {
        requireEditor(code);
        setState(code, "submitted", null);
        auditChange(code, "partners.organisation.submitted", null, null);
        return find(code);
    }

    /** Consortium staff publish the draft as it stands: from now on everyone sees it. */
    public PartnerOrganisation publish(String code) {
        SignedInUser staff = access.requireConsortium();
        PartnerOrganisation before = find(code);
        TransactionJdbc.run(em, db -> {
            PartnerData.publish(db, code, staff.username());
            return null;
        });
        auditChange(code, "partners.organisation.published", before.published() == null ? null : PartnerData.json(before.published()),
                PartnerData.json(before.draft()));
        return find(code);
    }

    /** Consortium staff send a submitted draft back with what to change; the published profile stays. */
    public PartnerOrganisation sendBack(String code, String note) {
        access.requireConsortium();
        find(code);
        String text = PartnerAccess.note(note);
        setState(code, "editing", text);
        auditChange(code, "partners.organisation.sent-back", null, text);
        return find(code);
    }

    private void check(OrganisationProfile profile) {
        if (profile == null) {
            throw new Refusal("partners.refused.name");
        }
        ProfileCheck.check(profile, cities.all().stream().map(CityInfo::code).toList(),
                competences.all().stream().filter(c -> !c.retired()).map(Competence::code).toList());
    }

    private PartnerOrganisation requireEditor(String code) {
        PartnerOrganisation o = find(code);
        access.requireEditor(code);
        return o;
    }

    /** Refuses writing for an organisation the portal has no profile of (a contractor's company, say) with what to do. */
    public void requireProfile(String code) {
        if (TransactionJdbc.run(em, db -> PartnerData.organisation(db, code)).isEmpty()) {
            throw new Refusal("partners.refused.noProfile", code);
        }
    }

    private PartnerOrganisation find(String code) {
        return TransactionJdbc.run(em, db -> PartnerData.organisation(db, code)).orElseThrow(() -> notFound(code));
    }

    private static NotFound notFound(String code) {
        return new NotFound("No partner organisation '" + code + "'.");
    }

    private void setState(String code, String state, String note) {
        TransactionJdbc.run(em, db -> {
            PartnerData.setState(db, code, state, note);
            return null;
        });
    }

    /** Partners may not write the cities' audit log under row-level security: their entries go on the platform's own connection. */
    private void auditChange(String code, String action, String before, String after) {
        audit.recordForPartner(null, action, "partners/organisation/" + code, before, after);
    }
}

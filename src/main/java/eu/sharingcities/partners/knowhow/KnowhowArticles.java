package eu.sharingcities.partners.knowhow;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.partners.Markdown;
import eu.sharingcities.partners.OrganisationProfile;
import eu.sharingcities.partners.PartnerAccess;
import eu.sharingcities.partners.PartnerOrganisation;
import eu.sharingcities.partners.PartnerOrganisations;
import eu.sharingcities.partners.search.SearchIndex;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.PlatformLanguages;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Know-how articles: written in Markdown by a partner's people, one language each, every save a new
 * version; submitted to a reviewer they name, published when that reviewer (or consortium staff)
 * approves, and then findable. Readers see the published version, even while a newer draft is written.
 */
@ApplicationScoped
@Transactional
public class KnowhowArticles {

    static final int MAX_BODY = 100_000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    PartnerOrganisations organisations;

    @Inject
    PartnerAccess access;

    /** The published articles, each with its published version. */
    public List<Article> published() {
        return TransactionJdbc.run(em, db -> {
            List<Article> all = new java.util.ArrayList<>();
            for (KnowhowData.Row r : KnowhowData.rows(db, null)) {
                if (r.publishedVersion() != null) {
                    ArticleVersion v = KnowhowData.versions(db, r.id()).get(r.publishedVersion() - 1);
                    all.add(new Article(r.id(), r.organisation(), r.language(), null, null, v, null, null, null, List.of()));
                }
            }
            return all;
        });
    }

    public Article view(long id) {
        KnowhowData.Row r = readable(id);
        List<ArticleVersion> versions = TransactionJdbc.run(em, db -> KnowhowData.versions(db, id));
        ArticleVersion published = r.publishedVersion() == null ? null : versions.get(r.publishedVersion() - 1);
        boolean insider = insider(r);
        String html = published == null ? null : Markdown.toHtml(published.body());
        List<Attachment> attachments = TransactionJdbc.run(em, db -> KnowhowData.attachments(db, id));
        return insider ? new Article(id, r.organisation(), r.language(), r.state(), r.reviewer(), published, html, versions.getLast(), versions,
                attachments) : new Article(id, r.organisation(), r.language(), null, null, published, html, null, null, attachments);
    }

    /** A new article of the organisation, its first version (its own people or consortium staff). */
    public Article create(String organisation, String language, String title, String body) {
        access.requireEditor(organisation);
        organisations.requireProfile(organisation);
        if (language == null || !PlatformLanguages.CODES.contains(language)) {
            throw new Refusal("knowhow.refused.language", String.valueOf(language), String.join(", ", PlatformLanguages.CODES));
        }
        check(title, body);
        long id = TransactionJdbc.run(em, db -> {
            long created = KnowhowData.create(db, organisation, language);
            KnowhowData.addVersion(db, created, title.trim(), body, currentUser.username());
            return created;
        });
        audit.recordForPartner(null, "partners.article.created", target(id), null, language + ": " + title.trim());
        return view(id);
    }

    /** Saves a new version; an article in review goes back to draft. */
    public Article save(long id, String title, String body) {
        KnowhowData.Row r = row(id);
        access.requireEditor(r.organisation());
        check(title, body);
        TransactionJdbc.run(em, db -> {
            KnowhowData.addVersion(db, id, title.trim(), body, currentUser.username());
            return null;
        });
        audit.recordForPartner(null, "partners.article.saved", target(id), "version " + r.version(), "version " + (r.version() + 1));
        return view(id);
    }

    /** Hands the latest version to a reviewer: another signed-in person, named by their account. */
    public Article submit(long id, String reviewer) {
        KnowhowData.Row r = row(id);
        access.requireEditor(r.organisation());
        if (reviewer == null || !reviewer.matches("[a-z0-9][a-z0-9._-]{2,63}") || reviewer.equals(currentUser.username())) {
            throw new Refusal("knowhow.refused.reviewer", String.valueOf(reviewer));
        }
        TransactionJdbc.run(em, db -> {
            KnowhowData.setState(db, id, "in-review", reviewer, false);
            return null;
        });
        audit.recordForPartner(null, "partners.article.submitted", target(id), null, "version " + r.version() + " to " + reviewer);
        return view(id);
    }

    /** The named reviewer (or consortium staff) approves the version in review: it is published and findable. */
    public Article approve(long id) {
        KnowhowData.Row r = row(id);
        SignedInUser user = currentUser.require();
        if (!"in-review".equals(r.state())) {
            throw new Refusal("knowhow.refused.notInReview", String.valueOf(id));
        }
        if (!user.isConsortiumAdmin() && !user.username().equals(r.reviewer())) {
            throw new NotPermittedException("Only the article's reviewer or consortium staff approve it.");
        }
        ArticleVersion latest = TransactionJdbc.run(em, db -> KnowhowData.versions(db, id)).getLast();
        OrganisationProfile organisation = organisationProfile(r.organisation());
        TransactionJdbc.run(em, db -> {
            KnowhowData.setState(db, id, "published", null, true);
            SearchIndex.put(db, "article", String.valueOf(id), Map.of(r.language(), new SearchIndex.Text(latest.title(), latest.body())),
                    organisation == null ? List.of() : organisation.cities(), organisation == null ? List.of() : organisation.competences(), "article");
            return null;
        });
        audit.recordForPartner(null, "partners.article.published", target(id), null, "version " + latest.version());
        return view(id);
    }

    private OrganisationProfile organisationProfile(String code) {
        try {
            PartnerOrganisation o = organisations.view(code);
            return o.published();
        } catch (NotFound e) {
            return null;
        }
    }

    private static void check(String title, String body) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new Refusal("knowhow.refused.title");
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new Refusal("knowhow.refused.body", MAX_BODY);
        }
    }

    /** The article's row if the caller may read it: published, or to its writers and its reviewer; otherwise not there. */
    KnowhowData.Row readable(long id) {
        KnowhowData.Row r = row(id);
        if (r.publishedVersion() == null && !insider(r)) {
            throw notFound(id);
        }
        return r;
    }

    private boolean insider(KnowhowData.Row r) {
        return access.mayEdit(r.organisation()) || isReviewer(r);
    }

    private boolean isReviewer(KnowhowData.Row r) {
        return r.reviewer() != null && currentUser.get().map(u -> u.username().equals(r.reviewer())).orElse(false);
    }

    private KnowhowData.Row row(long id) {
        return TransactionJdbc.run(em, db -> KnowhowData.row(db, id)).orElseThrow(() -> notFound(id));
    }

    private static NotFound notFound(long id) {
        return new NotFound("No published article " + id + ".");
    }

    private static String target(long id) {
        return "partners/article/" + id;
    }
}

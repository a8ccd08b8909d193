package eu.sharingcities.partners.knowhow;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.partners.PartnerAccess;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * An article's attachments: added, replaced and removed by its organisation's people (or consortium
 * staff), at most {@value #MAX_FILES} of at most 10 MB each, of a kind their first bytes confirm;
 * read by whoever may read the article. Audited with name and size.
 */
@ApplicationScoped
@Transactional
public class ArticleAttachments {

    static final int MAX_FILES = 20;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    PartnerAccess access;

    @Inject
    KnowhowArticles articles;

    /** A file as it was attached: its name, content type and bytes. */
    public record File(String name, String contentType, byte[] content) {
    }

    public File read(long article, String name) {
        articles.readable(article);
        Attachment attachment = files(article).stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() -> missing(article, name));
        byte[] content = TransactionJdbc.run(em, db -> KnowhowData.content(db, article, name)).orElseThrow(() -> missing(article, name));
        return new File(name, attachment.contentType(), content);
    }

    public Article put(long article, String name, byte[] content) {
        access.requireEditor(articles.readable(article).organisation());
        String type = AttachmentKinds.check(name, content);
        List<Attachment> files = files(article);
        boolean replaces = files.stream().anyMatch(x -> x.name().equals(name));
        if (!replaces && files.size() >= MAX_FILES) {
            throw new Refusal("knowhow.refused.attachments", MAX_FILES);
        }
        TransactionJdbc.run(em, db -> {
            KnowhowData.putAttachment(db, article, name, type, content, currentUser.username());
            return null;
        });
        audit.recordForPartner(null, "partners.article.attachment-" + (replaces ? "replaced" : "added"), target(article, name), null,
                content.length + " bytes, " + type);
        return articles.view(article);
    }

    public Article delete(long article, String name) {
        access.requireEditor(articles.readable(article).organisation());
        if (!TransactionJdbc.run(em, db -> KnowhowData.deleteAttachment(db, article, name))) {
            throw missing(article, name);
        }
        audit.recordForPartner(null, "partners.article.attachment-removed", target(article, name), name, null);
        return articles.view(article);
    }

    private List<Attachment> files(long article) {
        return TransactionJdbc.run(em, db -> KnowhowData.attachments(db, article));
    }

    private static NotFound missing(long article, String name) {
        return new NotFound("Article " + article + " has no attachment " + name + ".");
    }

    private static String target(long article, String name) {
        return "partners/article/" + article + "/attachment/" + name;
    }
}

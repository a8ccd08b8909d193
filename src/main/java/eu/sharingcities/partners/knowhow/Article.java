package eu.sharingcities.partners.knowhow;

import java.util.List;

/**
 * A know-how article as its reader may see it: its published version with the body as HTML (null
 * before publication); to its organisation's people, its reviewer and consortium staff also its
 * state, the latest draft and every version saved. Its attachments to whoever may read it.
 */
public record Article(long id, String organisation, String language, String state, String reviewer, ArticleVersion published, String publishedHtml,
                      ArticleVersion draft, List<ArticleVersion> history, List<Attachment> attachments) {
}

package eu.sharingcities.partners.knowhow;

import java.time.Instant;

/** One saved version of an article: its number, title and Markdown body, who wrote it and when. */
public record ArticleVersion(int version, String title, String body, String author, Instant at) {
}

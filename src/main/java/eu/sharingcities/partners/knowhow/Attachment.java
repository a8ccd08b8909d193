package eu.sharingcities.partners.knowhow;

import java.time.Instant;

/** A file attached to an article: its name, kind, size in bytes, and who added it when. */
public record Attachment(String name, String contentType, int size, String uploadedBy, Instant uploadedAt) {
}

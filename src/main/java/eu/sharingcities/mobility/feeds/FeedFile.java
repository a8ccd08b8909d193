package eu.sharingcities.mobility.feeds;

import jakarta.json.JsonObject;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One file of an operator's GBFS feed as the reader keeps it: where it is, the validators of its
 * last answer for conditional requests, when it is due again (its ttl), its last content that passed
 * the schema (kept while a newer one is refused), and what was wrong with the last attempt, if anything.
 */
final class FeedFile {

    final String name;
    final URI url;
    String etag;
    String lastModified;
    Instant due = Instant.EPOCH;
    JsonObject good;
    String goodBody;
    Instant goodAt;
    List<String> problems = List.of();
    long requests;
    long notModified;

    FeedFile(String name, URI url) {
        this.name = name;
        this.url = url;
    }
}

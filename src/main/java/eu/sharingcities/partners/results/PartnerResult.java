package eu.sharingcities.partners.results;

import java.time.Instant;
import java.util.List;

/**
 * A result as its reader may see it: the published description with its figures resolved now, the
 * draft (to the organisation's people and consortium staff), and the cities replicating it.
 */
public record PartnerResult(long id, String organisation, ResultProfile published, Instant publishedAt, List<ResultFigure> figures,
                            ResultProfile draft, String draftState, String reviewNote, List<Replication> replication) {

    /** A city's interest in replicating the result. */
    public record Replication(String city, String status, String note) {
    }
}

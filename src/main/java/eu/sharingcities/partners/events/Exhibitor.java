package eu.sharingcities.partners.events;

import java.util.List;

/** A partner exhibiting at an event's trade show: its booth (once assigned), the results and competences it presents. */
public record Exhibitor(String organisation, String name, String booth, List<ExhibitedResult> results, List<String> competences, String pitch) {

    /** A published result presented at the booth. */
    public record ExhibitedResult(long id, String title) {
    }
}

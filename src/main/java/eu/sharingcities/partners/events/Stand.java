package eu.sharingcities.partners.events;

import java.util.List;

/** What a partner presents at its booth: some of its published results, competences of the taxonomy, a short pitch. */
public record Stand(List<Long> results, List<String> competences, String pitch) {

    public Stand {
        results = results == null ? List.of() : List.copyOf(results);
        competences = competences == null ? List.of() : List.copyOf(competences);
        pitch = pitch == null ? "" : pitch;
    }
}

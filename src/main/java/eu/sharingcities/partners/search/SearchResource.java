package eu.sharingcities.partners.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Searching the partners' portal (public). */
@Path("partners/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    PartnerSearch search;

    @GET
    @Operation(summary = "Full-text search over published organisations, results and know-how, each in its language's dictionary; "
            + "q: the words (web search syntax: quotes, or, -), city, competence, kind (organisation, result, article); best first")
    public List<PartnerSearch.Hit> search(@QueryParam("q") String words, @QueryParam("city") String city, @QueryParam("competence") String competence,
                                          @QueryParam("kind") String kind) {
        return search.search(words, city, competence, kind);
    }
}

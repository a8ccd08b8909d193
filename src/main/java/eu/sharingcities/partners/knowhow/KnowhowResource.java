package eu.sharingcities.partners.knowhow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

import static eu.sharingcities.text.FieldCheck.requireBody;

/** Know-how articles: published ones public, drafts to their organisation's people and reviewer. */
@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KnowhowResource {

    @Inject
    KnowhowArticles articles;

    /** A new article or version: its language (new articles), title and Markdown body. */
    public record Text(String language, String title, String body) {
    }

    /** Whom to ask for a review. */
    public record Review(String reviewer) {
    }

    @GET
    @Path("articles")
    @Operation(summary = "The published know-how articles (public)")
    public List<Article> published() {
        return articles.published();
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "An article's published version with its HTML; to its writers and reviewer also its state, draft and every version")
    public Article view(@PathParam("id") long id) {
        return articles.view(id);
    }

    @POST
    @Path("organisations/{code}/articles")
    @Operation(summary = "Adds an article of the organisation in one language (its own people or consortium staff)")
    public Article create(@PathParam("code") String code, Text text) {
        Text body = requireBody(text);
        return articles.create(code, body.language(), body.title(), body.body());
    }

    @PUT
    @Path("articles/{id}")
    @Operation(summary = "Saves a new version of the article")
    public Article save(@PathParam("id") long id, Text text) {
        Text body = requireBody(text);
        return articles.save(id, body.title(), body.body());
    }

    @POST
    @Path("articles/{id}/submit")
    @Operation(summary = "Asks a reviewer (an account name) to review the latest version")
    public Article submit(@PathParam("id") long id, Review review) {
        return articles.submit(id, requireBody(review).reviewer());
    }

    @POST
    @Path("articles/{id}/approve")
    @Operation(summary = "The reviewer (or consortium staff) approves the version in review: it is published")
    public Article approve(@PathParam("id") long id) {
        return articles.approve(id);
    }
}

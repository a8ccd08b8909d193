package eu.sharingcities.partners.knowhow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import eu.sharingcities.api.BoundedBody;

import java.io.InputStream;
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

    @Inject
    ArticleAttachments attachments;

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

    @GET
    @Path("articles/{id}/attachments/{name}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "An article's attachment, to whoever may read the article")
    public Response attachment(@PathParam("id") long id, @PathParam("name") String name) {
        ArticleAttachments.File file = attachments.read(id, name);
        return Response.ok(file.content(), file.contentType()).header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @PUT
    @Path("articles/{id}/attachments/{name}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attaches a file (PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT, ODS, ODP, CSV, TXT; at most 10 MB, 20 an article) or replaces "
            + "the one of that name (the article's organisation's people)")
    public Article attach(@PathParam("id") long id, @PathParam("name") String name, InputStream body) {
        return attachments.put(id, name, BoundedBody.bytes(body, AttachmentKinds.MAX_BYTES, "attach files of at most 10 MB."));
    }

    @DELETE
    @Path("articles/{id}/attachments/{name}")
    @Operation(summary = "Removes an attachment (the article's organisation's people)")
    public Article detach(@PathParam("id") long id, @PathParam("name") String name) {
        return attachments.delete(id, name);
    }
}

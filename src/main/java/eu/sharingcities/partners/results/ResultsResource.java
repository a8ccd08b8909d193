package eu.sharingcities.partners.results;

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

/** Partners' results with figures the platform measured, their publication and their replication in follower cities. */
@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultsResource {

    @Inject
    PartnerResults results;

    /** Why a draft goes back. */
    public record Note(String note) {
    }

    /** A follower city's replication of a result. */
    public record ReplicationJson(String status, String note) {
    }

    @GET
    @Path("results")
    @Operation(summary = "The published results, newest first (public; their figures in each result's own answer)")
    public List<PartnerResult> published() {
        return results.published();
    }

    @GET
    @Path("results/{id}")
    @Operation(summary = "A result with its figures as the platform measures them now (or declared by the partner), its replication, and its "
            + "draft to its organisation's people and consortium staff")
    public PartnerResult view(@PathParam("id") long id) {
        return results.view(id);
    }

    @POST
    @Path("organisations/{code}/results")
    @Operation(summary = "Adds a result of the organisation as a draft (its own people or consortium staff)")
    public PartnerResult create(@PathParam("code") String code, ResultProfile draft) {
        return results.create(code, requireBody(draft));
    }

    @PUT
    @Path("results/{id}/draft")
    @Operation(summary = "Replaces a result's draft; checked whole, refused with the field and fix")
    public PartnerResult saveDraft(@PathParam("id") long id, ResultProfile draft) {
        return results.saveDraft(id, requireBody(draft));
    }

    @POST
    @Path("results/{id}/submit")
    @Operation(summary = "Hands the draft to consortium staff for publication")
    public PartnerResult submit(@PathParam("id") long id) {
        return results.submit(id);
    }

    @POST
    @Path("results/{id}/publish")
    @Operation(summary = "Publishes the draft (consortium staff)")
    public PartnerResult publish(@PathParam("id") long id) {
        return results.publish(id);
    }

    @POST
    @Path("results/{id}/send-back")
    @Operation(summary = "Sends the draft back with what to change (consortium staff)")
    public PartnerResult sendBack(@PathParam("id") long id, Note note) {
        return results.sendBack(id, requireBody(note).note());
    }

    @PUT
    @Path("results/{id}/replication/{city}")
    @Operation(summary = "A follower city's administrators say how far it replicates the result: interested, planning, replicating, replicated")
    public PartnerResult replication(@PathParam("id") long id, @PathParam("city") String city, ReplicationJson replication) {
        ReplicationJson body = requireBody(replication);
        return results.setReplication(id, city, body.status(), body.note());
    }
}

package eu.sharingcities.partners;

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

/** The partners' portal's organisations and competence taxonomy: published profiles public, drafts to their own people and consortium staff. */
@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnersResource {

    @Inject
    PartnerOrganisations organisations;

    @Inject
    Competences competences;

    /** Why a draft goes back. */
    public record Note(String note) {
    }

    @GET
    @Path("organisations")
    @Operation(summary = "The published partner organisations (their people only to those signed in)")
    public List<PartnerOrganisation> organisations() {
        return organisations.published();
    }

    @GET
    @Path("organisations/review")
    @Operation(summary = "Drafts submitted for publication (consortium staff)")
    public List<PartnerOrganisation> submitted() {
        return organisations.submitted();
    }

    @GET
    @Path("organisations/{code}")
    @Operation(summary = "An organisation: its published profile, and its draft to its own people and consortium staff")
    public PartnerOrganisation organisation(@PathParam("code") String code) {
        return organisations.view(code);
    }

    @PUT
    @Path("organisations/{code}")
    @Operation(summary = "Adds an organisation with its first draft (consortium staff)")
    public PartnerOrganisation create(@PathParam("code") String code, OrganisationProfile draft) {
        return organisations.create(code, requireBody(draft));
    }

    @PUT
    @Path("organisations/{code}/draft")
    @Operation(summary = "Replaces the organisation's draft (its own people or consortium staff); checked whole, refused with the field and fix")
    public PartnerOrganisation saveDraft(@PathParam("code") String code, OrganisationProfile draft) {
        return organisations.saveDraft(code, requireBody(draft));
    }

    @POST
    @Path("organisations/{code}/submit")
    @Operation(summary = "Hands the draft to consortium staff for publication (its own people)")
    public PartnerOrganisation submit(@PathParam("code") String code) {
        return organisations.submit(code);
    }

    @POST
    @Path("organisations/{code}/publish")
    @Operation(summary = "Publishes the draft (consortium staff)")
    public PartnerOrganisation publish(@PathParam("code") String code) {
        return organisations.publish(code);
    }

    @POST
    @Path("organisations/{code}/send-back")
    @Operation(summary = "Sends the draft back with what to change (consortium staff); the published profile stays")
    public PartnerOrganisation sendBack(@PathParam("code") String code, Note note) {
        return organisations.sendBack(code, requireBody(note).note());
    }

    @GET
    @Path("competences")
    @Operation(summary = "The consortium's competence taxonomy, with each name in the platform's six languages")
    public List<Competence> competences() {
        return competences.all();
    }

    @PUT
    @Path("competences/{code}")
    @Operation(summary = "Adds a competence or changes it (consortium staff); retire it rather than delete it")
    public Competence saveCompetence(@PathParam("code") String code, Competence competence) {
        Competence body = requireBody(competence);
        return competences.save(new Competence(code, body.names(), body.position(), body.retired()));
    }
}

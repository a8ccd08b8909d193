package eu.sharingcities.condominium;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** The condominium pipeline over REST: what the caller may see of it (a partner: their own). */
@Path("cities/{city}/condominiums")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CondominiumsResource {

    @Inject
    Condominiums condominiums;

    @GET
    @Operation(summary = "The city's condominiums with their stage; ESCo partners get only those assigned to them")
    public List<CondominiumSummary> board(@PathParam("city") String city) {
        return condominiums.board(city);
    }
}

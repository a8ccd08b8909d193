package eu.sharingcities.telemetry;

import eu.sharingcities.text.FieldCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** A city's points over REST, a page at a time. */
@Path("cities/{city}/points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CityPointsResource {

    private static final int MAX_PAGE = 1000;

    @Inject
    Telemetry telemetry;

    @Inject
    PointMeanings meanings;

    /** What a point is: the asset it belongs to and its role (a Brick class name, docs/adr/0005-point-roles.md); blank for none. */
    public record MeaningJson(String asset, String role) {
    }

    @GET
    @Operation(summary = "A page of the city's points with their newest value, by code; search matches code or asset")
    public List<PointSummary> points(@PathParam("city") String city, @QueryParam("search") @DefaultValue("") String search,
                                     @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_PAGE);
        }
        return telemetry.points(city, search, offset, limit);
    }

    @PUT
    @Path("{code}/meaning")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the asset and role of a point whose configuration file states neither (city admins); audited")
    public MeaningJson assign(@PathParam("city") String city, @PathParam("code") String code, MeaningJson meaning) {
        MeaningJson body = FieldCheck.requireBody(meaning);
        meanings.assign(city, code, body.asset(), body.role());
        return body;
    }
}

package eu.sharingcities.telemetry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

    @GET
    @Operation(summary = "A page of the city's points with their newest value, by code; search matches code or asset")
    public List<PointSummary> points(@PathParam("city") String city, @QueryParam("search") @DefaultValue("") String search,
                                     @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_PAGE);
        }
        return telemetry.points(city, search, offset, limit);
    }
}

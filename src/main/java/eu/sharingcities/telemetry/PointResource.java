package eu.sharingcities.telemetry;

import eu.sharingcities.text.FieldCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One point and its series over REST, limited to the caller's cities. */
@Path("points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class PointResource {

    @Inject
    Telemetry telemetry;

    @GET
    @Path("{id}")
    @Operation(summary = "One point; 404 when it is not in the caller's cities")
    public PointSummary point(@PathParam("id") int id) {
        return telemetry.point(id).orElseThrow(() -> new NotFoundException("No point " + id + " in your cities."));
    }

    @GET
    @Path("{id}/series")
    @Operation(summary = "Good values over [from, to) (ISO 8601), from raw readings or the rollup that fits the range")
    public List<SeriesPoint> series(@PathParam("id") int id, @QueryParam("from") String from, @QueryParam("to") String to) {
        point(id);
        Instant end = to == null ? Instant.now() : FieldCheck.instant(to, "to");
        Instant start = from == null ? end.minus(Duration.ofHours(1)) : FieldCheck.instant(from, "from");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("from must be before to");
        }
        return telemetry.series(id, start, end);
    }
}

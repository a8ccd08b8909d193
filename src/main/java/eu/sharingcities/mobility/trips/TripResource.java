package eu.sharingcities.mobility.trips;

import eu.sharingcities.api.BoundedBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** An operator's trip export, uploaded by the city's administrators. */
@Path("cities/{city}/mobility/operators/{code}/trips")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class TripResource {

    static final int MAX_BYTES = 100 * 1024 * 1024;

    @Inject
    BikeTrips trips;

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Adds an operator's trip export (CSV: ride_id, started_at, ended_at, start_station_id, end_station_id[, distance_m]; "
            + "city administrators); refused whole with each problem's row; trips already known by their ride_id are kept as they were")
    public BikeTrips.Imported upload(@PathParam("city") String city, @PathParam("code") String code, InputStream body) {
        byte[] csv = BoundedBody.bytes(body, MAX_BYTES, "send an export of at most 100 MB, or split it by month.");
        return trips.upload(city, code, new String(csv, StandardCharsets.UTF_8));
    }
}

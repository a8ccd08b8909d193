package eu.sharingcities.mobility.transit;

import eu.sharingcities.api.BoundedBody;
import eu.sharingcities.mobility.QueryDate;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/** A city's public transport timetable (GTFS), its stops' departures per hour and the mobility hubs. */
@Path("cities/{city}/mobility")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class TransitResource {

    static final int MAX_FEED_BYTES = 200 * 1024 * 1024;

    @Inject
    Transit transit;

    public record Uploaded(int stops, int routes, int trips) {
    }

    public record HubJson(String station, String stationName, String stop, String stopName, double metres, int peakDeparturesPerHour,
                          double availability, double score) {
    }

    @PUT
    @Path("gtfs")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replaces the city's public transport timetable with a GTFS static feed (zip; city administrators); refused whole "
            + "with each problem's file, line and fix")
    public Uploaded upload(@PathParam("city") String city, @HeaderParam("X-File-Name") @DefaultValue("gtfs.zip") String fileName, InputStream body) {
        byte[] zip = BoundedBody.bytes(body, MAX_FEED_BYTES, "send a feed of at most 200 MB.");
        var feed = transit.upload(city, fileName, zip);
        return new Uploaded(feed.stops().size(), feed.routes().size(), feed.trips().size());
    }

    @GET
    @Path("stops")
    @Operation(summary = "The city's public transport stops with their departures in each hour of a day (date=YYYY-MM-DD, today by default)")
    public List<TransitStop> stops(@PathParam("city") String city, @QueryParam("date") String date) {
        return transit.stops(city, day(date));
    }

    @GET
    @Path("hubs")
    @Operation(summary = "Mobility hubs: bike stations within walking distance (radius, m; 150) of a stop with at least minDepartures in its "
            + "busiest hour (4), scored by that hour's departures × the station's bikes / docks now")
    public List<HubJson> hubs(@PathParam("city") String city, @QueryParam("date") String date,
                              @QueryParam("radius") @DefaultValue("150") double radius, @QueryParam("minDepartures") @DefaultValue("4") int minDepartures) {
        if (radius <= 0 || radius > 2000 || minDepartures < 1) {
            throw new Refusal("hubs.refused.parameters", String.valueOf(radius), String.valueOf(minDepartures));
        }
        return transit.hubs(city, day(date), radius, minDepartures).stream().map(h -> new HubJson(h.station().id(), h.station().name(), h.stop().id(),
                h.stop().name(), Math.round(h.metres() * 10) / 10.0, h.peakDepartures(), h.availability(), h.score())).toList();
    }

    private static LocalDate day(String date) {
        return QueryDate.of(date, LocalDate.now());
    }
}

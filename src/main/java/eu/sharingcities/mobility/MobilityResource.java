package eu.sharingcities.mobility;

import eu.sharingcities.mobility.feeds.GbfsFeedReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

import static eu.sharingcities.text.FieldCheck.requireBody;

/** A city's bike-share operators with what their feeds said last, and their stations and vehicles as last read. */
@Path("cities/{city}/mobility")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class MobilityResource {

    @Inject
    BikeShare bikeShare;

    @Inject
    BikeFeedPoller poller;

    /** An operator with its feed's version and each file's last attempt. */
    public record OperatorJson(String code, String name, String discoveryUrl, String language, boolean enabled, String version,
                               List<GbfsFeedReader.FileState> files) {
    }

    @GET
    @Path("operators")
    @Operation(summary = "The bike-share operators whose GBFS feeds the city reads, with each file's last attempt (problems, requests, 304s)")
    public List<OperatorJson> operators(@PathParam("city") String city) {
        return bikeShare.operators(city).stream().map(o -> new OperatorJson(o.code(), o.name(), o.discoveryUrl(), o.language(), o.enabled(),
                poller.version(o.id()), poller.state(o.id()))).toList();
    }

    @PUT
    @Path("operators/{code}")
    @Operation(summary = "Adds an operator's GBFS feed (its gbfs.json) or changes it (city administrators)")
    public BikeOperator save(@PathParam("city") String city, @PathParam("code") String code, BikeShare.OperatorChange change) {
        return bikeShare.save(city, code, requireBody(change));
    }

    @GET
    @Path("stations")
    @Operation(summary = "The operators' docking stations with their bikes and free docks as last read")
    public List<BikeStation> stations(@PathParam("city") String city) {
        return bikeShare.stations(city);
    }

    @GET
    @Path("vehicles")
    @Operation(summary = "The operators' available vehicles as last read, with their battery")
    public List<BikeVehicle> vehicles(@PathParam("city") String city) {
        return bikeShare.vehicles(city);
    }
}

package eu.sharingcities.ingest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A city's ingestion over REST: state of its endpoints and the pipeline; reconnect an endpoint; reload the configuration. */
@Path("cities/{city}/ingestion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class IngestionResource {

    @Inject
    IngestionAdministration ingestion;

    /** The city's endpoints and the shared pipeline. */
    public record IngestionJson(CityIngestionStatus city, PipelineStatus pipeline) {
    }

    @GET
    @Operation(summary = "State of the city's OPC UA endpoints and of the ingestion pipeline")
    public IngestionJson status(@PathParam("city") String city) {
        CityIngestionStatus status = ingestion.status(city)
                .orElseThrow(() -> new NotFoundException("No ingestion is configured for " + city + " (opcua-config/" + city + ".yaml)."));
        return new IngestionJson(status, ingestion.pipeline(city));
    }

    @POST
    @Path("endpoints/{endpoint}/reconnect")
    @Operation(summary = "Drop an endpoint's session and connect again (operators)")
    public void reconnect(@PathParam("city") String city, @PathParam("endpoint") String endpoint) {
        if (!ingestion.reconnect(city, endpoint)) {
            throw new NotFoundException("No endpoint " + endpoint + " in " + city + ".");
        }
    }

    @POST
    @Path("reload")
    @Operation(summary = "Read the city's configuration file again (city admins)")
    public CityIngestionStatus reload(@PathParam("city") String city) {
        return ingestion.reload(city);
    }
}

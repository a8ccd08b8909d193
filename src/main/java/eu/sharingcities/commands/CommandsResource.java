package eu.sharingcities.commands;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

import static eu.sharingcities.text.FieldCheck.requireBody;

/**
 * Commands over REST. The answer comes after the read-back: 200 confirmed, 400 refused by the
 * point's limits (nothing sent), 502 failed (not connected, refused or not applied by the controller).
 */
@Path("cities/{city}/commands")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CommandsResource {

    @Inject
    Commands commands;

    public record Point(String code, String unit, double min, double max, double maxStep, long minIntervalSeconds) {
    }

    @POST
    @Operation(summary = "Writes a value to a point (operators) and waits for the controller to read it back")
    public Response send(@PathParam("city") String city, Commands.Request request) {
        Command command = commands.send(city, requireBody(request));
        Response.Status status = switch (command.status()) {
            case CONFIRMED, SENT -> Response.Status.OK;
            case REFUSED -> Response.Status.BAD_REQUEST;
            case FAILED -> Response.Status.BAD_GATEWAY;
        };
        return Response.status(status).entity(command).build();
    }

    @GET
    @Operation(summary = "The city's latest commands, newest first")
    public List<Command> latest(@PathParam("city") String city, @QueryParam("limit") Integer limit) {
        return commands.latest(city, limit == null ? 100 : Math.max(1, Math.min(1000, limit)));
    }

    @GET
    @Path("points")
    @Operation(summary = "The city's points commands may write, with their limits")
    public List<Point> points(@PathParam("city") String city) {
        return commands.writablePoints(city).stream().map(p -> new Point(p.code(), p.unit(), p.limits().min(), p.limits().max(),
                p.limits().maxStep(), p.limits().minInterval().toSeconds())).toList();
    }
}

package eu.sharingcities.lighting.workorders;

import eu.sharingcities.alarms.Priority;
import eu.sharingcities.api.BoundedBody;
import eu.sharingcities.text.Message;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static eu.sharingcities.text.FieldCheck.requireBody;

/**
 * Street-light work orders over REST: the city's operators open and assign them; the contractor
 * they are assigned to (a partner account) sees, starts, fixes and annotates only its own; the data
 * verify them.
 */
@Path("cities/{city}/lighting/work-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class WorkOrdersResource {

    @Inject
    WorkOrders workOrders;

    public record NewWorkOrder(String lamppost, String cabinet, String fault, String description, String priority) {
    }

    public record Assignment(String contractor) {
    }

    public record Text(String text) {
    }

    public record Created(long id) {
    }

    public record Verification(boolean verified, String why) {
    }

    @GET
    @Operation(summary = "The city's work orders, open ones first by due time (a contractor: only those assigned to it)")
    public List<WorkOrder> all(@PathParam("city") String city) {
        return workOrders.all(city);
    }

    @POST
    @Operation(summary = "Opens a work order for a lamppost or a cabinet, for a fault (LAMP_FAILURE, DAY_BURNING, …) or REPORTED (operators); "
            + "due within the repair hours of the lamp's group")
    public Created open(@PathParam("city") String city, NewWorkOrder order) {
        NewWorkOrder o = requireBody(order);
        Priority priority = o.priority() == null || o.priority().isBlank() ? null : priority(o.priority());
        return new Created(workOrders.open(city, blankToNull(o.lamppost()), blankToNull(o.cabinet()), o.fault(), o.description(), priority));
    }

    @GET
    @Path("{id}/notes")
    @Operation(summary = "A work order's notes, oldest first")
    public List<WorkOrderNote> notes(@PathParam("city") String city, @PathParam("id") long id) {
        return workOrders.notes(city, id);
    }

    @POST
    @Path("{id}/assign")
    @Operation(summary = "Assigns the work order to a maintenance contractor of the city (operators)")
    public void assign(@PathParam("city") String city, @PathParam("id") long id, Assignment assignment) {
        workOrders.assign(city, id, requireBody(assignment).contractor());
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "The contractor (or an operator) starts the work")
    public void start(@PathParam("city") String city, @PathParam("id") long id) {
        workOrders.start(city, id);
    }

    @POST
    @Path("{id}/fixed")
    @Operation(summary = "The contractor (or an operator) says it is fixed, with a note of what was done; the data then verify it")
    public void fixed(@PathParam("city") String city, @PathParam("id") long id, Text note) {
        workOrders.fixed(city, id, requireBody(note).text());
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Adds a note (the contractor it is assigned to, or an operator)")
    public void note(@PathParam("city") String city, @PathParam("id") long id, Text note) {
        workOrders.addNote(city, id, requireBody(note).text(), null, null);
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.WILDCARD) // any type reaches the service, which says which it takes
    @Operation(summary = "Adds a photo (JPEG or PNG, at most 5 MB) as a note")
    public void photo(@PathParam("city") String city, @PathParam("id") long id, @HeaderParam("Content-Type") String type, InputStream body) {
        byte[] photo = BoundedBody.bytes(body, WorkOrders.MAX_PHOTO_BYTES, "send a smaller photo (at most 5 MB).");
        workOrders.addNote(city, id, "", photo, type == null ? null : type.split(";")[0].trim());
    }

    @GET
    @Path("{id}/notes/{note}/photo")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "A note's photo, as it was sent")
    public Response photo(@PathParam("city") String city, @PathParam("id") long id, @PathParam("note") long note) {
        WorkOrderNote.Photo photo = workOrders.photo(city, id, note);
        return Response.ok(photo.bytes(), photo.type()).header("Cache-Control", "private, max-age=86400").build();
    }

    @POST
    @Path("{id}/verify")
    @Operation(summary = "Closes a fixed work order when the data show the lamp working; otherwise says why not (operators)")
    public Verification verify(@PathParam("city") String city, @PathParam("id") long id) {
        Optional<Message> why = workOrders.verify(city, id);
        return new Verification(why.isEmpty(), why.map(Message::english).orElse(""));
    }

    @GET
    @Path("repair-times")
    @Operation(summary = "Time to repair per contractor against the SLA: assigned, verified, median hours to verification, share within the "
            + "due time, overdue")
    public List<RepairTimes> repairTimes(@PathParam("city") String city) {
        return RepairTimes.of(workOrders.all(city), Instant.now());
    }

    private static Priority priority(String text) {
        try {
            return Priority.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new eu.sharingcities.text.Refusal("workOrder.refused.priority", text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package eu.sharingcities.partners.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static eu.sharingcities.text.FieldCheck.requireBody;

/** What happens at an event between its participants: one-to-one meetings, and what each session leaves behind. */
@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    @Inject
    MeetingRequests meetings;

    @Inject
    EventRecords records;

    /** A meeting asked of another participant (their account), in a slot of the meeting sessions. */
    public record MeetingRequest(String invitee, Instant startsAt, String subject) {
    }

    /** A session's minutes in Markdown. */
    public record Minutes(String minutes) {
    }

    /** A decision, or an action with its owner (a participant's account) and due date. */
    public record Item(String text, String owner, LocalDate dueOn) {
    }

    /** Whether an action is done. */
    public record Done(boolean done) {
    }

    @GET
    @Path("events/{code}/meetings")
    @Operation(summary = "The signed-in participant's meetings at the event, asked and asked of them")
    public List<Meeting> mine(@PathParam("code") String code) {
        return meetings.mine(code);
    }

    @GET
    @Path("events/{code}/meetings/free")
    @Operation(summary = "The slots still to come free for the signed-in participant and, if named, another one")
    public List<Instant> free(@PathParam("code") String code, @QueryParam("with") String other) {
        return meetings.freeSlots(code, other);
    }

    @POST
    @Path("events/{code}/meetings")
    @Operation(summary = "Asks another participant for a one-to-one meeting (409 when either already has one then)")
    public Meeting request(@PathParam("code") String code, MeetingRequest request) {
        MeetingRequest r = requireBody(request);
        return meetings.request(code, r.invitee(), r.startsAt(), r.subject());
    }

    @POST
    @Path("meetings/{id}/accept")
    @Operation(summary = "The invitee accepts: both people's time is held (409 when either has given it away since)")
    public Meeting accept(@PathParam("id") long id) {
        return meetings.accept(id);
    }

    @POST
    @Path("meetings/{id}/decline")
    @Operation(summary = "The invitee declines")
    public Meeting decline(@PathParam("id") long id) {
        return meetings.decline(id);
    }

    @POST
    @Path("meetings/{id}/cancel")
    @Operation(summary = "Either person calls the meeting off")
    public Meeting cancel(@PathParam("id") long id) {
        return meetings.cancel(id);
    }

    @PUT
    @Path("event-sessions/{id}/minutes")
    @Operation(summary = "A session's minutes, in Markdown, once it has begun (consortium staff)")
    public EventSession minutes(@PathParam("id") long id, Minutes minutes) {
        return records.writeMinutes(id, requireBody(minutes).minutes());
    }

    @POST
    @Path("event-sessions/{id}/decisions")
    @Operation(summary = "Records a decision taken in a session (consortium staff)")
    public EventSession decide(@PathParam("id") long id, Item decision) {
        return records.decide(id, requireBody(decision).text());
    }

    @POST
    @Path("event-sessions/{id}/actions")
    @Operation(summary = "Records a follow-up action with its owner, a participant of the event, and due date (consortium staff)")
    public EventSession addAction(@PathParam("id") long id, Item action) {
        Item a = requireBody(action);
        return records.addAction(id, a.text(), a.owner(), a.dueOn());
    }

    @PUT
    @Path("event-actions/{id}/done")
    @Operation(summary = "Marks a follow-up action done or open again (its owner or consortium staff)")
    public FollowUpAction done(@PathParam("id") long id, Done done) {
        return records.setDone(id, requireBody(done).done());
    }
}

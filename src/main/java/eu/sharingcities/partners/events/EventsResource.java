package eu.sharingcities.partners.events;

import eu.sharingcities.partners.Competences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static eu.sharingcities.text.FieldCheck.requireBody;

/** The consortium's events: agenda, registration, trade show, and the programme as a calendar and a PDF. */
@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    PartnerEvents events;

    @Inject
    TradeShow tradeShow;

    @Inject
    MeetingRequests meetings;

    @Inject
    Competences competences;

    /** A booth number or name. */
    public record Booth(String booth) {
    }

    @GET
    @Path("events")
    @Operation(summary = "The published events, newest first (public; consortium staff also see unpublished ones)")
    public List<Event> list() {
        return events.list();
    }

    @GET
    @Path("events/{code}")
    @Operation(summary = "An event's agenda and trade show (public once published); each session's minutes, decisions and actions to its "
            + "participants and consortium staff")
    public Event view(@PathParam("code") String code) {
        return events.view(code);
    }

    @PUT
    @Path("events/{code}")
    @Operation(summary = "Adds or changes an event (consortium staff)")
    public Event put(@PathParam("code") String code, EventDetails details) {
        return events.put(code, requireBody(details));
    }

    @POST
    @Path("events/{code}/publish")
    @Operation(summary = "Publishes an event: its agenda becomes public and registration opens (consortium staff)")
    public Event publish(@PathParam("code") String code) {
        return events.publish(code);
    }

    @POST
    @Path("events/{code}/sessions")
    @Operation(summary = "Adds a session to the agenda, within the event's days in its host city's time (consortium staff)")
    public Event addSession(@PathParam("code") String code, SessionDetails session) {
        return events.putSession(code, null, requireBody(session));
    }

    @PUT
    @Path("events/{code}/sessions/{id}")
    @Operation(summary = "Changes a session of the agenda (consortium staff)")
    public Event putSession(@PathParam("code") String code, @PathParam("id") long id, SessionDetails session) {
        return events.putSession(code, id, requireBody(session));
    }

    @DELETE
    @Path("events/{code}/sessions/{id}")
    @Operation(summary = "Removes a session from the agenda (consortium staff)")
    public Event deleteSession(@PathParam("code") String code, @PathParam("id") long id) {
        return events.deleteSession(code, id);
    }

    @POST
    @Path("events/{code}/registration")
    @Operation(summary = "Registers the signed-in person, until the event is over and while there is room (409 when full)")
    public Event register(@PathParam("code") String code) {
        return events.register(code);
    }

    @DELETE
    @Path("events/{code}/registration")
    @Operation(summary = "Withdraws the signed-in person's registration; their open meetings are cancelled")
    public Event unregister(@PathParam("code") String code) {
        return events.unregister(code);
    }

    @GET
    @Path("events/{code}/participants")
    @Operation(summary = "Who is registered (the event's participants and consortium staff)")
    public List<Participant> participants(@PathParam("code") String code) {
        return events.participants(code);
    }

    @PUT
    @Path("events/{code}/exhibitors/{organisation}")
    @Operation(summary = "What an organisation presents at the trade show: its published results, competences, a pitch (its own people)")
    public Event putStand(@PathParam("code") String code, @PathParam("organisation") String organisation, Stand stand) {
        return tradeShow.putStand(code, organisation, requireBody(stand));
    }

    @PUT
    @Path("events/{code}/exhibitors/{organisation}/booth")
    @Operation(summary = "Assigns an exhibitor its booth (consortium staff; 409 when another exhibitor has it)")
    public Event assignBooth(@PathParam("code") String code, @PathParam("organisation") String organisation, Booth booth) {
        return tradeShow.assignBooth(code, organisation, requireBody(booth).booth());
    }

    @GET
    @Path("events/{code}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "The agenda as iCalendar (RFC 5545); with mine=true the signed-in participant's accepted meetings too")
    public Response calendar(@PathParam("code") String code, @QueryParam("mine") @DefaultValue("false") boolean mine) {
        Event event = events.view(code);
        List<Meeting> own = mine ? meetings.mine(code) : List.of();
        StreamingOutput body = out -> EventCalendar.write(event, own, out);
        return Response.ok(body, "text/calendar; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + code + ".ics\"").build();
    }

    @GET
    @Path("events/{code}/programme.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The printable programme: agenda and trade show, with its headings in the language asked (en, it, pt, fr, bg, pl)")
    public Response programme(@PathParam("code") String code, @QueryParam("lang") @DefaultValue("en") String language) {
        EventCheck.language(language);
        Event event = events.view(code);
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> names = competences.names(locale);
        StreamingOutput body = out -> EventProgramme.write(event, names, locale, out);
        return Response.ok(body, "application/pdf").header("Content-Disposition", "inline; filename=\"" + code + ".pdf\"").build();
    }
}

package eu.sharingcities.alarms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import static eu.sharingcities.text.FieldCheck.requireBody;

/** Alarms and their rules over REST. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AlarmsResource {

    @Inject
    Alarms alarms;

    @Inject
    AlarmConfiguration configuration;

    @Inject
    AlarmRecipients recipientList;

    public record Comment(String comment) {
    }

    public record Shelving(String until, String reason) {
    }

    public record Created(long id) {
    }

    @GET
    @Path("cities/{city}/alarms")
    @Operation(summary = "The city's alarms that are not closed, most urgent first")
    public List<AlarmSummary> open(@PathParam("city") String city) {
        return alarms.open(city);
    }

    @GET
    @Path("cities/{city}/alarms/performance")
    @Operation(summary = "The city's alarm performance over the last days (default 7): alarms per 10 minutes, floods, the most frequent and "
            + "chattering alarms, standing and stale ones, against ISA-18.2's targets")
    public AlarmPerformance performance(@PathParam("city") String city, @jakarta.ws.rs.QueryParam("days") @jakarta.ws.rs.DefaultValue("7") int days) {
        return alarms.performance(city, days);
    }

    @GET
    @Path("alarms/{id}/history")
    @Operation(summary = "Everything that happened to an alarm")
    public List<Alarm.Step> history(@PathParam("id") long id) {
        return alarms.history(id);
    }

    @POST
    @Path("alarms/{id}/acknowledge")
    @Operation(summary = "Acknowledges an alarm (operators), with a comment")
    public List<Alarm.Step> acknowledge(@PathParam("id") long id, Comment comment) {
        alarms.acknowledge(id, comment == null ? "" : comment.comment());
        return alarms.history(id);
    }

    @POST
    @Path("alarms/{id}/unshelve")
    @Operation(summary = "Ends the shelving of an alarm's rule before its time (operators)")
    public List<Alarm.Step> unshelve(@PathParam("id") long id) {
        alarms.unshelve(id);
        return alarms.history(id);
    }

    @POST
    @Path("alarms/{id}/shelve")
    @Operation(summary = "Shelves an alarm, that is its rule, until a time (at most 24 h), with the reason: occurrences meanwhile are recorded, "
            + "not shown as waiting or e-mailed")
    public List<Alarm.Step> shelve(@PathParam("id") long id, Shelving shelving) {
        Shelving s = requireBody(shelving);
        try {
            alarms.shelve(id, Instant.parse(s.until() == null ? "" : s.until()), s.reason());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("until: '" + s.until() + "' is not an instant; write it as 2026-11-25T18:00:00Z.");
        }
        return alarms.history(id);
    }

    public record NewRecipient(String email, String minPriority) {
    }

    @GET
    @Path("cities/{city}/alarm-rules")
    @Operation(summary = "The city's alarm rules")
    public List<AlarmConfiguration.RuleSummary> rules(@PathParam("city") String city) {
        return configuration.rules(city);
    }

    @jakarta.ws.rs.PUT
    @Path("alarm-rules/{id}")
    @Operation(summary = "Changes an alarm rule (city administrators)")
    public void updateRule(@PathParam("id") long id, AlarmConfiguration.NewRule rule) {
        configuration.updateRule(id, requireBody(rule));
    }

    /** Why a rule is taken out of service. */
    public record OutOfService(String reason) {
    }

    @POST
    @Path("alarm-rules/{id}/{switch: enable|disable}")
    @Operation(summary = "Puts an alarm rule back in service, or takes it out of service with the reason ({\"reason\": \"…\"}; its open "
            + "alarm ends as removed from service) (city administrators)")
    public void enable(@PathParam("id") long id, @PathParam("switch") String change, OutOfService outOfService) {
        configuration.setEnabled(id, change.equals("enable"), outOfService == null ? null : outOfService.reason());
    }

    @GET
    @Path("cities/{city}/alarm-recipients")
    @Operation(summary = "Who is e-mailed when the city's alarms are raised (city administrators)")
    public List<AlarmRecipients.Recipient> recipients(@PathParam("city") String city) {
        return recipientList.recipients(city);
    }

    @POST
    @Path("cities/{city}/alarm-recipients")
    @Operation(summary = "Adds an on-call address for alarms of a priority and above (city administrators)")
    public Created addRecipient(@PathParam("city") String city, NewRecipient recipient) {
        NewRecipient r = requireBody(recipient);
        return new Created(recipientList.addRecipient(city, r.email(), r.minPriority()));
    }

    @jakarta.ws.rs.DELETE
    @Path("cities/{city}/alarm-recipients/{id}")
    @Operation(summary = "Removes an on-call address (city administrators)")
    public void removeRecipient(@PathParam("city") String city, @PathParam("id") long id) {
        recipientList.removeRecipient(city, id);
    }

    @POST
    @Path("cities/{city}/alarm-rules")
    @Operation(summary = "Adds an alarm rule to the city (city administrators)")
    public Created createRule(@PathParam("city") String city, AlarmConfiguration.NewRule rule) {
        return new Created(configuration.createRule(city, requireBody(rule)));
    }
}

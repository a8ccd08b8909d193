package eu.sharingcities.sems;

import eu.sharingcities.telemetry.Resolution;
import eu.sharingcities.telemetry.SeriesPoint;
import eu.sharingcities.text.FieldCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import static eu.sharingcities.text.FieldCheck.require;
import static eu.sharingcities.text.FieldCheck.requireBody;

/** A city's SEMS over REST: strategies and their modes and configurations, demand-response events, the cycle log, the savings. */
@Path("cities/{city}/sems")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class SemsResource {

    @Inject
    Sems sems;

    public record ModeChange(String mode, Boolean enabled) {
    }

    public record NewEvent(String start, Integer minutes, Double requestedKw, String reference) {
    }

    @GET
    @Path("strategies")
    @Operation(summary = "The city's strategies, their modes and configurations")
    public List<StoredStrategy> strategies(@PathParam("city") String city) {
        return sems.strategies(city);
    }

    @PUT
    @Path("strategies/{kind}/mode")
    @Operation(summary = "Lets a strategy act or only recommend, or switches it off (operators)")
    public void mode(@PathParam("city") String city, @PathParam("kind") String kind, ModeChange change) {
        ModeChange c = requireBody(change);
        require(c.mode() != null && Arrays.stream(Mode.values()).anyMatch(m -> m.name().equals(c.mode())), "mode", "RECOMMEND or ACT");
        sems.setMode(city, kind(kind), Mode.valueOf(c.mode()), c.enabled() == null || c.enabled());
    }

    @PUT
    @Path("strategies/{kind}/config")
    @Operation(summary = "Replaces a strategy's configuration (city administrators); it is checked first")
    public void config(@PathParam("city") String city, @PathParam("kind") String kind, JsonObject config) {
        sems.setConfig(city, kind(kind), requireBody(config).toString());
    }

    @POST
    @Path("events")
    @Operation(summary = "Schedules a demand-response event (operators): start, minutes, kW to cut")
    public void event(@PathParam("city") String city, NewEvent event) {
        NewEvent e = requireBody(event);
        Instant start;
        try {
            start = e.start() == null ? Instant.now() : Instant.parse(e.start());
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException("start: '" + e.start() + "' is not an instant; write it as 2026-11-25T17:00:00Z.");
        }
        require(e.minutes() != null, "minutes", "how long the event lasts, 1 minute to 12 hours");
        require(e.requestedKw() != null, "requestedKw", "the load to cut in kW, more than 0");
        sems.addEvent(city, start, Duration.ofMinutes(e.minutes()), e.requestedKw(), e.reference());
    }

    @GET
    @Path("cycles")
    @Operation(summary = "The latest control cycles: inputs, each strategy's decision, commands sent and read back, recommendations")
    public List<Sems.Cycle> cycles(@PathParam("city") String city, @QueryParam("limit") Integer limit) {
        return sems.cycles(city, limit == null ? 20 : Math.max(1, Math.min(500, limit)));
    }

    @GET
    @Path("events")
    @Operation(summary = "Each demand-response event that has begun: kW delivered against its customer baseline load (high 5 of 10) and "
            + "against the request, and the rebound in the hour after")
    public List<EventReport> events(@PathParam("city") String city) {
        return sems.eventReports(city);
    }

    @GET
    @Path("load")
    @Operation(summary = "The district's heat load (sum of its buildings' heat power, kW) per bucket, from the district's rollup; "
            + "from/to ISO 8601 instants, resolution 15min, hour or day")
    public List<SeriesPoint> load(@PathParam("city") String city, @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("resolution") @DefaultValue("hour") String resolution) {
        Resolution r = java.util.Arrays.stream(Resolution.values()).filter(v -> resolution.equals(v.rollup())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("resolution: 15min, hour or day, not '" + resolution + "'."));
        return sems.load(city, r, FieldCheck.instant(from, "from"), FieldCheck.instant(to, "to"));
    }

    @GET
    @Path("savings")
    @Operation(summary = "The district's saving since go-live against its weather-normalised baseline, and the 10 % goal")
    public Sems.Savings savings(@PathParam("city") String city) {
        return sems.savings(city);
    }

    private static StrategyKind kind(String kind) {
        return Arrays.stream(StrategyKind.values()).filter(k -> k.slug().equalsIgnoreCase(kind.replace('_', '-'))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kind: '" + kind + "' is not one of occupancy-setback, demand-response, heat-pump-tariff."));
    }
}

package eu.sharingcities.mobility.kpi;

import eu.sharingcities.mobility.QueryDate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.LocalDate;
import java.util.List;

/** A city's shared-bike KPIs per day, for the city and its districts, with the factors behind them; as JSON or CSV. */
@Path("cities/{city}/mobility")
@RequestScoped
@SecurityRequirement(name = "basic")
public class KpiResource {

    @Inject
    MobilityKpis kpis;

    /** The KPIs with the factors they were computed with. */
    public record KpisJson(KpiFactors factors, List<DayKpis> days) {
    }

    @GET
    @Path("kpis")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Shared-bike KPIs per day (from, to: YYYY-MM-DD, the last 7 days by default) for the city (district null) and each "
            + "district: trips, integration share, hub availability in peak hours, empty/full station minutes, charge, car-km and CO2 avoided")
    public KpisJson days(@PathParam("city") String city, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate last = QueryDate.of(to, LocalDate.now());
        return new KpisJson(kpis.factors(city), kpis.days(city, QueryDate.of(from, last.minusDays(6)), last));
    }

    @GET
    @Path("kpis.csv")
    @Produces("text/csv")
    @Operation(summary = "The same KPIs as CSV, one row per day and area")
    public Response csv(@PathParam("city") String city, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate last = QueryDate.of(to, LocalDate.now());
        LocalDate first = QueryDate.of(from, last.minusDays(6));
        return Response.ok(KpiCsv.of(kpis.days(city, first, last)))
                .header("Content-Disposition", "attachment; filename=\"" + city + "-mobility-" + first + "-" + last + ".csv\"").build();
    }
}

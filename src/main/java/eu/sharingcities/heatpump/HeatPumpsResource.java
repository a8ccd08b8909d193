package eu.sharingcities.heatpump;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import static eu.sharingcities.text.FieldCheck.requireBody;

/** Heat pumps over REST: performance, licence compliance (JSON or CSV), the licence and the boiler reference. */
@Path("cities/{city}/heat-pumps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class HeatPumpsResource {

    @Inject
    HeatPumps heatPumps;

    public record Licence(String reference, Double maxAbstractionM3PerDay, Double maxDischargeDeltaK) {
    }

    public record DayJson(String day, Double heatKwh, Double electricityKwh, Double cop, Double abstractionM3, Double maxDischargeDeltaK,
                          Double meanRiverC) {
    }

    public record MonthJson(String month, int days, double heatKwh, double heatPumpKwh, double sourcePumpKwh, Double spfH1, Double spfH2,
                            double boilerGasKwh, double kgCo2Saved, double eurSaved, double cumulativeKgCo2Saved, double cumulativeEurSaved) {
    }

    public record HeatPumpJson(String code, String name, int dwellings, Licence licence, String boundary, Map<String, Double> live,
                               Double spfH1LastTwelveMonths, Double spfH2LastTwelveMonths, List<MonthJson> months, List<DayJson> lastDays,
                               long licenceBreachDaysThisMonth) {
    }

    public record Efficiency(double efficiency) {
    }

    @GET
    @Operation(summary = "The city's heat pumps with their performance, months against a gas boiler, and the last 31 days")
    public List<HeatPumpJson> all(@PathParam("city") String city) {
        return heatPumps.heatPumps(city).stream().map(hp -> json(heatPumps.overview(city, hp.code()))).toList();
    }

    @GET
    @Path("{code}/licence-report")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "A month against the river licence: each day's water taken and temperature change at discharge, and the breaches")
    public LicenceCompliance licenceReport(@PathParam("city") String city, @PathParam("code") String code, @QueryParam("month") String month) {
        return heatPumps.licenceReport(city, code, month(month));
    }

    @PUT
    @Path("{code}/licence")
    @Operation(summary = "Records the river licence's limits (city administrators)")
    public void licence(@PathParam("city") String city, @PathParam("code") String code, Licence licence) {
        Licence l = requireBody(licence);
        heatPumps.setLicence(city, code, l.reference(), l.maxAbstractionM3PerDay(), l.maxDischargeDeltaK());
    }

    @GET
    @Path("boiler-efficiency")
    @Operation(summary = "The gas boiler's seasonal efficiency per year, the heat pumps' reference")
    public Map<Integer, Double> efficiencies(@PathParam("city") String city) {
        return heatPumps.boilerEfficiencies(city);
    }

    @PUT
    @Path("boiler-efficiency/{year}")
    @Operation(summary = "Sets the gas boiler's seasonal efficiency for a year (city administrators)")
    public void efficiency(@PathParam("city") String city, @PathParam("year") int year, Efficiency efficiency) {
        heatPumps.setBoilerEfficiency(city, year, requireBody(efficiency).efficiency());
    }

    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now();
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month: '" + text + "' is not a month; write it as 2026-10.");
        }
    }

    private static HeatPumpJson json(HeatPumps.Overview o) {
        HeatPump hp = o.heatPump();
        List<MonthJson> months = new java.util.ArrayList<>();
        for (int i = 0; i < o.months().size(); i++) {
            Performance p = o.months().get(i);
            BoilerComparison.Month b = o.againstBoiler().get(i);
            months.add(new MonthJson(p.label(), p.days(), p.heatKwh(), p.heatPumpKwh(), p.sourcePumpKwh(), finite(p.spfH1()), finite(p.spfH2()),
                    b.boilerGasKwh(), b.kgCo2Saved(), b.eurSaved(), b.cumulativeKgCo2Saved(), b.cumulativeEurSaved()));
        }
        List<DayJson> days = o.days().subList(Math.max(0, o.days().size() - 31), o.days().size()).stream().map(d -> new DayJson(d.day().toString(),
                finite(d.heatKwh()), finite(d.heatPumpKwh()), finite(d.heatKwh() / d.heatPumpKwh()), finite(d.abstractionM3()),
                finite(d.maxDischargeDeltaK()), finite(d.meanRiverC()))).toList();
        return new HeatPumpJson(hp.code(), hp.name(), hp.dwellings(), new Licence(hp.licenceReference(), hp.maxAbstractionM3PerDay(),
                hp.maxDischargeDeltaK()), o.boundary(), o.live(), finite(o.lastTwelveMonths().spfH1()), finite(o.lastTwelveMonths().spfH2()), months,
                days, o.thisMonth().breachDays());
    }

    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** The licence report as CSV, one row per day. */
    @jakarta.ws.rs.ext.Provider
    @Produces("text/csv")
    public static class LicenceCsv implements jakarta.ws.rs.ext.MessageBodyWriter<LicenceCompliance> {
        @Override
        public boolean isWriteable(Class<?> type, java.lang.reflect.Type generic, java.lang.annotation.Annotation[] annotations, MediaType media) {
            return type == LicenceCompliance.class;
        }

        @Override
        public void writeTo(LicenceCompliance report, Class<?> type, java.lang.reflect.Type generic, java.lang.annotation.Annotation[] annotations,
                            MediaType media, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers, java.io.OutputStream out) throws java.io.IOException {
            out.write(report.toCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}

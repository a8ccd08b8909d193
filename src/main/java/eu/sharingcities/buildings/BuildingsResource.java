package eu.sharingcities.buildings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;
import java.util.Optional;

import static eu.sharingcities.api.FieldCheck.requireBody;

/** Buildings with their measured savings, and meter imports, over REST. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class BuildingsResource {

    @Inject
    Buildings buildings;

    @Inject
    MeterImports imports;

    @Inject
    BuildingRegistry registry;

    public record Created(long id) {
    }

    /** A building and its result; savings and uncertainty (90 %, percentage points) only when measured. */
    public record BuildingJson(String code, String name, String use, double floorAreaM2, String retrofit, String result, Double savingsPercent,
                               Double uncertaintyPercent, List<String> problems, List<MeterJson> meters) {
    }

    public record MeterJson(long id, String name, String carrier, String pointCode) {
    }

    /** What an import stored (or, with dryRun, would store): the periods, the decimal mark taken, and the first rows as read. */
    public record Imported(long meterId, int periods, boolean stored, DecimalMark decimalMark, List<MeterFile.ReadRow> firstRows) {
    }

    @GET
    @Path("cities/{city}/buildings")
    @Operation(summary = "The city's buildings with their retrofit and IPMVP Option C result")
    public List<BuildingJson> list(@PathParam("city") String city) {
        return buildings.overview(city).stream().map(b -> {
            var totals = b.result().flatMap(BuildingResult::totals);
            return new BuildingJson(b.building().code(), b.building().name(), b.building().use(), b.building().floorAreaM2(),
                    b.retrofit().map(RetrofitProject::depth).orElse(null), b.status().name(), totals.map(BuildingResult.Totals::savingsPercent).orElse(null),
                    totals.map(t -> 100 * t.avoidedUncertaintyKwh90() / t.adjustedBaselineKwh()).orElse(null),
                    b.result().map(BuildingResult::problems).orElse(List.of()),
                    b.meters().stream().map(m -> new MeterJson(m.id(), m.name(), m.carrier().name(), m.pointCode())).toList());
        }).toList();
    }

    @POST
    @Path("cities/{city}/buildings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registers a building of one of the city's districts (operators)")
    public Created createBuilding(@PathParam("city") String city, BuildingRegistry.NewBuilding building) {
        return new Created(registry.createBuilding(city, requireBody(building)));
    }

    @POST
    @Path("cities/{city}/buildings/{building}/meters")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a meter to a building, bound to a counter point or fed by imports (operators)")
    public Created addMeter(@PathParam("city") String city, @PathParam("building") String building, BuildingRegistry.NewMeter meter) {
        return new Created(registry.addMeter(city, building, requireBody(meter)));
    }

    @POST
    @Path("cities/{city}/buildings/{building}/retrofits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records a retrofit project with its measures and IPMVP periods (operators)")
    public Created addRetrofit(@PathParam("city") String city, @PathParam("building") String building, BuildingRegistry.NewRetrofit retrofit) {
        return new Created(registry.addRetrofit(city, building, requireBody(retrofit)));
    }

    @POST
    @Path("meters/{meter}/periods")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Imports a bill or meter export (CSV: start,end,consumption or date,consumption); a file with any wrong row is refused "
            + "whole. The decimal mark is decided from the whole consumption column, or stated with decimalMark=point|comma; dryRun=true "
            + "reads the file and shows its first rows as read without storing anything")
    public Imported importPeriods(@PathParam("meter") long meter, @HeaderParam("X-File-Name") String fileName,
                                  @QueryParam("decimalMark") String decimalMark, @QueryParam("dryRun") boolean dryRun, String csv) {
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName;
        Optional<DecimalMark> mark = DecimalMark.named(decimalMark);
        MeterImports.Reading reading = dryRun ? imports.preview(meter, name, csv, mark) : imports.importFile(meter, name, csv, mark);
        return new Imported(meter, reading.periods(), !dryRun, reading.decimalMark(), reading.firstRows());
    }
}

package eu.sharingcities.buildings;

import eu.sharingcities.text.Message;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static eu.sharingcities.text.FieldCheck.require;
import static eu.sharingcities.text.FieldCheck.requireBody;

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

    @Inject
    EnergyFactors energyFactors;

    public record Created(long id) {
    }

    /**
     * A building and its result; savings and uncertainty (90 %, percentage points) only when
     * measured, over delivered energy (all carriers added as metered kWh), and per carrier with CO2
     * and money. The building's own resource has everything needed to reproduce the result.
     */
    public record BuildingJson(String code, String name, String use, double floorAreaM2, String retrofit, String result, Double savingsPercent,
                               Double uncertaintyPercent, List<Message> problems, List<MeterJson> meters,
                               List<BuildingDetail.CarrierSavings> byCarrier) {
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
        List<EnergyFactor> factors = energyFactors.all();
        return buildings.overview(city).stream().map(b -> {
            var totals = b.result().flatMap(BuildingResult::totals);
            return new BuildingJson(b.building().code(), b.building().name(), b.building().use(), b.building().floorAreaM2(),
                    b.retrofit().map(RetrofitProject::depth).orElse(null), b.status().name(), totals.map(BuildingResult.Totals::savingsPercent).orElse(null),
                    totals.map(t -> 100 * t.avoidedUncertaintyKwh90() / t.adjustedBaselineKwh()).orElse(null),
                    b.result().map(BuildingResult::problems).orElse(List.of()),
                    b.meters().stream().map(m -> new MeterJson(m.id(), m.name(), m.carrier().name(), m.pointCode())).toList(),
                    BuildingDetail.byCarrier(b, factors));
        }).toList();
    }

    /** A year's factor for a carrier, as a city administrator gives it. */
    public record FactorJson(Integer year, String carrier, Double kgCo2PerKwh, Double eurPerKwh, String scope, String source) {
    }

    @GET
    @Path("cities/{city}/energy-factors")
    @Operation(summary = "The city's emission factors and prices per year and carrier, each with its scope and source")
    public List<EnergyFactor> factors(@PathParam("city") String city) {
        return energyFactors.ofCity(city);
    }

    @PUT
    @Path("cities/{city}/energy-factors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a year's factor for a carrier or changes it, with its scope and source (city administrators; audited)")
    public List<EnergyFactor> saveFactor(@PathParam("city") String city, FactorJson factor) {
        FactorJson f = requireBody(factor);
        require(f.year() != null, "year", "the year the factor applies to, e.g. 2026");
        require(f.carrier() != null && Arrays.stream(Carrier.values()).anyMatch(c -> c.name().equals(f.carrier())), "carrier",
                "one of " + Arrays.toString(Carrier.values()));
        require(f.kgCo2PerKwh() != null && f.eurPerKwh() != null, "kgCo2PerKwh", "both kgCo2PerKwh and eurPerKwh");
        require(f.scope() != null && Arrays.stream(EmissionScope.values()).anyMatch(s -> s.name().equals(f.scope())), "scope",
                "one of " + Arrays.toString(EmissionScope.values()));
        energyFactors.save(new EnergyFactor(city, f.year(), Carrier.valueOf(f.carrier()), f.kgCo2PerKwh(), f.eurPerKwh(),
                EmissionScope.valueOf(f.scope()), f.source()));
        return energyFactors.ofCity(city);
    }

    @GET
    @Path("cities/{city}/buildings/{building}")
    @Operation(summary = "A building's IPMVP Option C result with everything needed to reproduce it: per meter the CalTRACK model, "
            + "Guideline 14 statistics, energies, savings with uncertainty and the data used; per carrier CO2 and money")
    public BuildingDetail building(@PathParam("city") String city, @PathParam("building") String building) {
        return buildings.overview(city, building).map(b -> BuildingDetail.of(b, energyFactors.all()))
                .orElseThrow(() -> new NotFoundException("No building " + building + " in " + city + "."));
    }

    @POST
    @Path("cities/{city}/buildings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registers a building of one of the city's districts (operators)")
    public Created createBuilding(@PathParam("city") String city, BuildingRegistry.NewBuilding building) {
        return new Created(registry.createBuilding(city, requireBody(building)));
    }

    /** The body of a binding: the controller asset, or null to unbind. */
    public record AssetJson(String asset) {
    }

    @PUT
    @Path("cities/{city}/buildings/{building}/asset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Binds a building to the controller asset its points carry, so SEMS and the portal find them by role (city admins)")
    public AssetJson bindAsset(@PathParam("city") String city, @PathParam("building") String building, AssetJson asset) {
        registry.bindAsset(city, building, requireBody(asset).asset());
        return asset;
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

    /** As the portal's upload allows (buildings/ui/MeterImportForm). */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    @POST
    @Path("meters/{meter}/periods")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Imports a bill or meter export (CSV: start,end,consumption or date,consumption); a file with any wrong row is refused "
            + "whole. The decimal mark is decided from the whole consumption column, or stated with decimalMark=point|comma; dryRun=true "
            + "reads the file and shows its first rows as read without storing anything")
    public Imported importPeriods(@PathParam("meter") long meter, @HeaderParam("X-File-Name") String fileName,
                                  @QueryParam("decimalMark") String decimalMark, @QueryParam("dryRun") boolean dryRun, java.io.InputStream body) {
        String csv = eu.sharingcities.api.BoundedBody.text(body, MAX_FILE_BYTES, "split the file (by year, say) and import each part.");
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName;
        Optional<DecimalMark> mark = DecimalMark.named(decimalMark);
        MeterImports.Reading reading = dryRun ? imports.preview(meter, name, csv, mark) : imports.importFile(meter, name, csv, mark);
        return new Imported(meter, reading.periods(), !dryRun, reading.decimalMark(), reading.firstRows());
    }
}

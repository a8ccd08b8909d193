package eu.sharingcities.condominium;

import eu.sharingcities.text.NotFound;
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

import java.util.List;

import static eu.sharingcities.text.FieldCheck.requireBody;

/** The condominium pipeline over REST: what the caller may see of it (a partner: their own). */
@Path("cities/{city}/condominiums")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CondominiumsResource {

    @Inject
    Condominiums condominiums;

    @Inject
    AssemblyMinutes minutes;

    @Inject
    CondominiumRegistry registry;

    public record Created(long id) {
    }

    /**
     * An attendance (optionId left out: PRESENT or ABSENT, with the delegate's name when the owner
     * is represented by proxy) or a vote (IN_FAVOUR, AGAINST, ABSTAIN) of a unit. An owner of
     * several units is present and votes for all of them with one entry.
     */
    public record Entry(Long unitId, Long optionId, String choice, String delegate) {
    }

    @GET
    @Operation(summary = "The city's condominiums with their stage; ESCo partners get only those assigned to them")
    public List<CondominiumSummary> board(@PathParam("city") String city) {
        return condominiums.board(city);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opens a condominium with its units; their millesimi must add up to 1,000 (operators)")
    public Created open(@PathParam("city") String city, CondominiumRegistry.NewCondominium condominium) {
        return new Created(registry.open(city, requireBody(condominium)));
    }

    @POST
    @Path("{condominium}/workshops")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records a co-design workshop and the units that attended")
    public Created workshop(@PathParam("city") String city, @PathParam("condominium") long id, CondominiumRegistry.NewWorkshop workshop) {
        return new Created(registry.addWorkshop(city, id, requireBody(workshop)));
    }

    @POST
    @Path("{condominium}/options")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds an option (a package of measures with its money) to put to the owners")
    public Created option(@PathParam("city") String city, @PathParam("condominium") long id, CondominiumRegistry.NewOption option) {
        return new Created(registry.addOption(city, id, requireBody(option)));
    }

    @POST
    @Path("{condominium}/assemblies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Convenes an assembly: its day, call and majority rule")
    public Created assembly(@PathParam("city") String city, @PathParam("condominium") long id, CondominiumRegistry.NewAssembly assembly) {
        return new Created(registry.convene(city, id, requireBody(assembly)));
    }

    @GET
    @Path("assemblies/{assembly}")
    @Operation(summary = "An assembly's units, current entries and live count per option")
    public AssemblySheet sheet(@PathParam("assembly") long assembly) {
        return minutes.assembly(assembly).orElseThrow(() -> new NotFound("No assembly " + assembly + " in your cities."));
    }

    @POST
    @Path("assemblies/{assembly}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records an attendance or a vote; after the minutes are closed it is an audited correction")
    public AssemblySheet record(@PathParam("assembly") long assembly, Entry entry) {
        Entry e = requireBody(entry);
        if (e.unitId() == null || e.choice() == null) {
            throw new IllegalArgumentException("An entry needs unitId and choice (and optionId for a vote).");
        }
        minutes.record(assembly, e.unitId(), e.optionId(), e.choice(), e.delegate());
        return sheet(assembly);
    }

}

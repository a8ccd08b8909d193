package eu.sharingcities.lighting;

import eu.sharingcities.lighting.inventory.LightingInventory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.Map;

/** The programme's smart lampposts across the cities the caller may see, against its goal of more than 500. */
@Path("lighting/programme")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class LightingProgrammeResource {

    /** Sharing Cities' goal: more than 500 smart lampposts (DESIGN.md). */
    static final int GOAL = 500;

    @Inject
    LightingInventory inventory;

    public record Programme(Map<String, Long> lampposts, long total, int goal, boolean goalMet) {
    }

    @GET
    @Operation(summary = "Smart lampposts per city and in all, against the programme's goal of more than 500 (the cities you may see)")
    public Programme programme() {
        Map<String, Long> counts = inventory.countsPerCity();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Programme(counts, total, GOAL, total > GOAL);
    }
}

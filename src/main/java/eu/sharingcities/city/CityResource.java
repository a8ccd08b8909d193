package eu.sharingcities.city;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;

/** Cities and districts over REST, limited to the caller's cities. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CityResource {

    @Inject
    Cities cities;

    /** A city as JSON: codes and names, its IANA time zone and default language. */
    public record CityJson(String code, String name, String country, boolean lighthouse, String timeZone, String language) {
        static CityJson of(CityInfo city) {
            return new CityJson(city.code(), city.name(), city.country(), city.lighthouse(), city.zone().getId(), city.locale().getLanguage());
        }
    }

    /** The new description of a district. */
    public record DescriptionJson(String description) {
    }

    @GET
    @Path("cities")
    @Operation(summary = "The cities the caller may see")
    public List<CityJson> cities() {
        return cities.visibleToCurrentUser().stream().map(CityJson::of).toList();
    }

    @GET
    @Path("cities/{city}/districts")
    @Operation(summary = "The districts of a city")
    public List<DistrictInfo> districts(@PathParam("city") String city) {
        return cities.districts(city);
    }

    @GET
    @Path("districts/{id}")
    @Operation(summary = "One district; 404 when it is not in the caller's cities")
    public DistrictInfo district(@PathParam("id") long id) {
        return cities.district(id).orElseThrow(() -> new UnknownDistrictException(id));
    }

    @PUT
    @Path("districts/{id}/description")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a district's description (operators of its city)")
    public DistrictInfo describe(@PathParam("id") long id, DescriptionJson body) {
        if (body == null || body.description() == null) {
            throw new IllegalArgumentException("Send a JSON body {\"description\": \"...\"}.");
        }
        return cities.describeDistrict(id, body.description());
    }
}

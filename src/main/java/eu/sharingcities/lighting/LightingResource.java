package eu.sharingcities.lighting;

import eu.sharingcities.api.BoundedBody;
import eu.sharingcities.lighting.energy.EnergyMonth;
import eu.sharingcities.lighting.energy.LightingEnergy;
import eu.sharingcities.lighting.faults.LightingWatch;
import eu.sharingcities.lighting.inventory.LightingInventory;
import eu.sharingcities.lighting.schedule.LightingOverride;
import eu.sharingcities.lighting.schedule.LightingOverrides;
import eu.sharingcities.lighting.schedule.LightingSchedule;
import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.PointRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Street lighting over REST: the lamps' states for a map, one lamp in full, the inventory as CSV or GeoJSON and its import. */
@Path("cities/{city}/lighting")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class LightingResource {

    /** As large as 20,000 lampposts with every column filled. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    private static final String GEO_JSON = "application/geo+json";

    @Inject
    LightingMap map;

    @Inject
    LightingInventory inventory;

    @Inject
    LightingSchedule schedule;

    @Inject
    LightingOverrides overrides;

    @Inject
    LightingWatch watch;

    @Inject
    LightingEnergy energy;

    @Inject
    LightingGroups groups;

    public record EnergyJson(String month, double kwh, double measuredKwh, double estimatedKwh, double baselineKwh, double savedKwh,
                             Double savingShare, double kgCo2, double kgCo2Saved, double eur, double eurSaved) {

        static EnergyJson of(EnergyMonth m, String label) {
            return new EnergyJson(label, m.kwh(), m.measuredKwh(), m.estimatedKwh(), m.baselineKwh(), m.savedKwh(),
                    Double.isNaN(m.savingShare()) ? null : m.savingShare(), m.kgCo2(), m.kgCo2Saved(), m.eur(), m.eurSaved());
        }
    }

    public record EnergyReportJson(EnergyJson total, List<EnergyJson> months, Map<String, EnergyJson> groups, Map<String, EnergyJson> districts,
                                   Map<String, EnergyJson> lamps) {
    }

    public record FaultJson(String source, String fault, double value, String why) {
    }

    public record NewOverride(String target, String code, Integer level, Integer minutes, String reason) {
    }

    public record Created(long id) {
    }

    public record SwitchJson(String at, int level) {
    }

    public record ValueJson(double value, String time) {
    }

    public record LampJson(Lamppost lamppost, String state, String groupName, String lightingClass, String profile,
                           Map<String, ValueJson> values, List<SwitchJson> tonight) {
    }

    public record GroupJson(String code, String name, String streetClass, String lightingClass, String sunAngle, int duskOffsetMinutes,
                            int dawnOffsetMinutes, String profile, int repairHours) {
    }

    @GET
    @Path("lamps")
    @Operation(summary = "Every lamppost's place and state (on, dimmed, off, fault, no-communication) and dimming level, compact for a map: "
            + "{\"lamps\": [[code, latitude, longitude, state, level], ...]}")
    public String lamps(@PathParam("city") String city) {
        return map.lampsJson(city);
    }

    @GET
    @Path("lamps/{code}")
    @Operation(summary = "One lamppost: its inventory record, state, its controller's newest values by role, and tonight's switching")
    public LampJson lamp(@PathParam("city") String city, @PathParam("code") String code) {
        LightingMap.LampDetail d = map.lamp(city, code);
        Map<String, ValueJson> values = new LinkedHashMap<>();
        for (Map.Entry<PointRole, AssetReadings.Latest> v : d.values().entrySet()) {
            values.put(v.getKey().written(), new ValueJson(v.getValue().value(), v.getValue().time().toString()));
        }
        return new LampJson(d.lamp(), d.state().written(), d.group().name(), d.group().lightingClass(), d.group().schedule().profile().written(),
                values, d.tonight().stream().map(s -> new SwitchJson(s.at().toString(), s.level())).toList());
    }

    @GET
    @Path("groups")
    @Operation(summary = "The lighting groups: street and EN 13201-2 lighting class, astronomical clock and night profile, repair hours")
    public List<GroupJson> groups(@PathParam("city") String city) {
        return inventory.groups(city).stream().map(g -> new GroupJson(g.code(), g.name(), g.streetClass().written(), g.lightingClass(),
                g.schedule().angle().written(), g.schedule().duskOffsetMinutes(), g.schedule().dawnOffsetMinutes(),
                g.schedule().profile().written(), g.repairHours())).toList();
    }

    @GET
    @Path("inventory")
    @Produces({"text/csv", GEO_JSON})
    @Operation(summary = "The lamppost inventory as CSV (Accept: text/csv) or GeoJSON (Accept: application/geo+json)")
    public Response export(@PathParam("city") String city, @HeaderParam("Accept") String accept) {
        boolean geoJson = accept != null && accept.contains("geo+json");
        return Response.ok(geoJson ? inventory.geoJson(city) : inventory.csv(city), geoJson ? GEO_JSON : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + city + "-lampposts." + (geoJson ? "geojson" : "csv") + "\"").build();
    }

    @POST
    @Path("inventory")
    @Consumes({"text/csv", GEO_JSON, MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Imports lampposts from CSV or GeoJSON (city administrators): each is added or changed by its code; a file with any "
            + "problem is refused whole with every problem's line and fix; lampposts the file leaves out are kept")
    public LightingInventory.Imported importInventory(@PathParam("city") String city, @HeaderParam("X-File-Name") String fileName, InputStream body) {
        String content = BoundedBody.text(body, MAX_FILE_BYTES, "split the file (by district, say) and import each part.");
        return inventory.importFile(city, fileName == null || fileName.isBlank() ? "upload" : fileName, content);
    }

    @POST
    @Path("schedule/apply")
    @Operation(summary = "Brings every lamppost to its level now (schedule, overrides) through the command path, and says what it did (operators)")
    public LightingSchedule.Applied apply(@PathParam("city") String city) {
        return schedule.apply(city);
    }

    @GET
    @Path("schedule")
    @Operation(summary = "The schedule's last pass over the city on this instance (404 before the first)")
    public LightingSchedule.Applied lastPass(@PathParam("city") String city) {
        return schedule.last(city).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("The schedule has not run yet on this instance."));
    }

    @GET
    @Path("overrides")
    @Operation(summary = "The overrides in force: a level for a lamppost or a group until a moment, who set it and why")
    public List<LightingOverride> overrides(@PathParam("city") String city) {
        return overrides.current(city);
    }

    @POST
    @Path("overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Holds a lamppost (target lamp) or a group (target group) at a level for some minutes, at most a week, with a reason "
            + "(operators, audited); apply the schedule to send it now")
    public Created override(@PathParam("city") String city, NewOverride o) {
        NewOverride given = eu.sharingcities.text.FieldCheck.requireBody(o);
        LightingOverride.Target target = "lamp".equals(given.target()) ? LightingOverride.Target.LAMP
                : "group".equals(given.target()) ? LightingOverride.Target.GROUP : null;
        return new Created(overrides.set(city, target, given.code(), given.level(), given.minutes(), given.reason()));
    }

    @jakarta.ws.rs.DELETE
    @Path("overrides/{id}")
    @Operation(summary = "Ends an override before its time (operators, audited)")
    public void endOverride(@PathParam("city") String city, @PathParam("id") long id) {
        overrides.end(city, id);
    }

    @POST
    @Path("faults/check")
    @Operation(summary = "Looks for street-light faults now (they are looked for every minute anyway) and answers those found; each is an "
            + "alarm while it lasts (operators)")
    public List<FaultJson> checkFaults(@PathParam("city") String city) {
        return watch.check(city).stream().map(f -> new FaultJson(f.source(), f.fault().name(), f.value(), f.why().english())).toList();
    }

    @GET
    @Path("energy")
    @Operation(summary = "Energy per month against the replaced lamps: kWh (measured, estimated from rated power × schedule), baseline, savings, "
            + "CO2 and cost; totals per group and district over the period (and per lamppost with perLamp=true). months=12 by default, 0: since "
            + "installation")
    public EnergyReportJson energy(@PathParam("city") String city, @jakarta.ws.rs.QueryParam("months") @jakarta.ws.rs.DefaultValue("12") int months,
                                   @jakarta.ws.rs.QueryParam("perLamp") boolean perLamp) {
        if (months < 0 || months > 240) {
            throw new eu.sharingcities.text.Refusal("field.expected", "months", "a number of months from 1 to 240, or 0 for since installation");
        }
        LightingEnergy.Report report = energy.report(city, months);
        Map<String, EnergyJson> groups = new LinkedHashMap<>();
        report.groups().forEach((g, m) -> groups.put(g, EnergyJson.of(LightingEnergy.total(m), "total")));
        Map<String, EnergyJson> districts = new LinkedHashMap<>();
        report.districts().forEach((d, m) -> districts.put(d, EnergyJson.of(LightingEnergy.total(m), "total")));
        EnergyMonth total = LightingEnergy.total(report.city());
        Map<String, EnergyJson> lamps = new LinkedHashMap<>();
        if (perLamp) {
            report.lamps().forEach((code, m) -> lamps.put(code, EnergyJson.of(m, "total")));
        }
        return new EnergyReportJson(total == null ? null : EnergyJson.of(total, "total"),
                report.city().stream().map(m -> EnergyJson.of(m, m.month().toString())).toList(), groups, districts, lamps);
    }

    @jakarta.ws.rs.PUT
    @Path("groups/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a group's lighting class, sun angle (sunset, civil or degrees), dusk and dawn offsets (±120 min), night profile "
            + "('100; 23:00 50; 05:00 100') or repair hours (city administrators, audited); leave out what stays")
    public GroupJson changeGroup(@PathParam("city") String city, @PathParam("code") String code, LightingGroups.Change change) {
        LightingGroup g = groups.change(city, code, eu.sharingcities.text.FieldCheck.requireBody(change));
        return new GroupJson(g.code(), g.name(), g.streetClass().written(), g.lightingClass(), g.schedule().angle().written(),
                g.schedule().duskOffsetMinutes(), g.schedule().dawnOffsetMinutes(), g.schedule().profile().written(), g.repairHours());
    }
}

package eu.sharingcities.sems.demo;

import eu.sharingcities.sems.DistrictSettings;
import eu.sharingcities.sems.OccupancySetback;
import eu.sharingcities.simulator.DemoHistory;
import eu.sharingcities.simulator.model.DemoRetrofit;
import eu.sharingcities.simulator.model.DemoSemsPast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The setpoints of the demo's past: the controllers' own until SEMS went live
 * ({@link DemoSemsPast}), then, in the buildings without a retrofit, the occupancy set-back's
 * default schedule — so SEMS's saving is measured on the same physics as the live district, and
 * the retrofits' measured savings are not mixed with SEMS's (the live demo's SEMS acts on every
 * building from its first start on).
 */
public final class SemsPastSetpoints {

    private SemsPastSetpoints() {
    }

    public static DemoHistory.Setpoints of(LocalDate today, ZoneId zone) {
        return of(today, zone, java.util.stream.IntStream.range(0, 100).filter(i -> DemoRetrofit.forBuilding(i).isPresent())
                .mapToObj(i -> String.format("b%03d", i + 1)).collect(java.util.stream.Collectors.toSet()));
    }

    /** As {@link #of(LocalDate, ZoneId)}, with SEMS acting on every building but {@code retrofitted}. */
    public static DemoHistory.Setpoints of(LocalDate today, ZoneId zone, java.util.Set<String> retrofitted) {
        Instant goLive = DemoSemsPast.goLive(today).atStartOfDay(zone).toInstant();
        OccupancySetback setback = new OccupancySetback(OccupancySetback.Config.defaults());
        double normal = DistrictSettings.defaults(today).normalSetpointC();
        return (building, at) -> at.isBefore(goLive) || retrofitted.contains(building.id()) || setback.heated(building.use().name(), at.atZone(zone))
                ? normal : setback.config().setbackC();
    }
}

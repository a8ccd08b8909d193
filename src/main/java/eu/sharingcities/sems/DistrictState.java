package eu.sharingcities.sems;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The inputs of one control cycle: when (in the city's time zone), the weather, the heat pump's COP
 * (null: none), the buildings, and during a demand-response event the district's customer baseline
 * load for this interval in kW (null: none, or none could be made).
 */
public record DistrictState(Instant at, ZoneId zone, double outdoorC, Double heatPumpCop, List<BuildingState> buildings, Double baselineKw) {

    public DistrictState(Instant at, ZoneId zone, double outdoorC, Double heatPumpCop, List<BuildingState> buildings) {
        this(at, zone, outdoorC, heatPumpCop, buildings, null);
    }

    public DistrictState withBaseline(Double kw) {
        return new DistrictState(at, zone, outdoorC, heatPumpCop, buildings, kw);
    }

    public ZonedDateTime local() {
        return at.atZone(zone);
    }

    public double heatKw() {
        return buildings.stream().mapToDouble(BuildingState::heatKw).sum();
    }

    public double electricKw() {
        return buildings.stream().mapToDouble(BuildingState::electricKw).sum();
    }
}

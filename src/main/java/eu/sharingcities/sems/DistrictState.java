package eu.sharingcities.sems;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** The inputs of one control cycle: when (in the city's time zone), the weather, the heat pump's COP (null: none) and the buildings. */
public record DistrictState(Instant at, ZoneId zone, double outdoorC, Double heatPumpCop, List<BuildingState> buildings) {

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

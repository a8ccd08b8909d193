package eu.sharingcities.sems;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composes the strategies' proposals into one setpoint per building: the set-back schedule (or
 * the normal setpoint) as the base, plus the offset of the strategy with the highest precedence
 * that offsets the building, kept within the building's comfort band while it is occupied (and at
 * least the set-back while it is not).
 */
public final class Planner {

    private Planner() {
    }

    public record Planned(Strategy strategy, Proposal proposal) {
    }

    public static Map<String, Double> targets(DistrictState state, DistrictSettings settings, List<Planned> proposals) {
        Map<String, Double> targets = new LinkedHashMap<>();
        List<Planned> byPrecedence = proposals.stream().sorted(Comparator.comparingInt((Planned p) -> p.strategy().precedence()).reversed()).toList();
        for (BuildingState b : state.buildings()) {
            double base = proposals.stream().map(p -> p.proposal().setpoints().get(b.code())).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(settings.normalSetpointC());
            double offset = byPrecedence.stream().map(p -> p.proposal().offsets().get(b.code())).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(0.0);
            boolean unoccupied = proposals.stream().anyMatch(p -> p.proposal().unoccupied().contains(b.code()));
            DistrictSettings.ComfortBand band = settings.band(b.use());
            double target = unoccupied ? Math.min(Math.max(base + offset, base), band.maxC()) : band.clamp(base + offset); // no cut below a set-back
            targets.put(b.code(), Math.round(target * 10) / 10.0);
        }
        return targets;
    }
}

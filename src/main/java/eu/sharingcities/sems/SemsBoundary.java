package eu.sharingcities.sems;

import eu.sharingcities.buildings.RetrofitProject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The buildings SEMS's saving is measured on (the IPMVP measurement boundary): those it acts on
 * (a zone setpoint it can change), less those retrofitted within its baseline year or reporting
 * period. A retrofit there is a non-routine event (IPMVP): counting the building would credit the
 * retrofit's saving to SEMS, or hide it in SEMS's baseline. We take the building out of the
 * boundary rather than estimate a non-routine adjustment; a retrofit finished before the
 * baseline year is in the baseline already and needs nothing.
 */
record SemsBoundary(List<String> buildings, Map<String, String> excluded) {

    static SemsBoundary of(Collection<String> actedOn, Map<String, List<RetrofitProject>> retrofits, LocalDate goLive, LocalDate lastDay) {
        LocalDate baselineStart = goLive.minusDays(365);
        List<String> in = new ArrayList<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (String building : actedOn.stream().sorted().toList()) {
            RetrofitProject overlapping = retrofits.getOrDefault(building, List.of()).stream()
                    .filter(r -> !r.installationStart().isAfter(lastDay) && !r.reportingStart().isBefore(baselineStart)).findFirst().orElse(null);
            if (overlapping == null) {
                in.add(building);
            } else {
                out.put(building, String.format("retrofit '%s' (works from %s, reporting from %s) falls in SEMS's baseline year or reporting period: "
                        + "left out of the boundary (IPMVP non-routine event)", overlapping.name(), overlapping.installationStart(),
                        overlapping.reportingStart()));
            }
        }
        return new SemsBoundary(List.copyOf(in), Map.copyOf(out));
    }
}

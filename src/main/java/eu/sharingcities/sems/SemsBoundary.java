package eu.sharingcities.sems;

import eu.sharingcities.buildings.RetrofitProject;
import eu.sharingcities.text.Message;

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
record SemsBoundary(List<String> buildings, Map<String, Message> excluded) {

    static SemsBoundary of(Collection<String> actedOn, Map<String, List<RetrofitProject>> retrofits, LocalDate goLive, LocalDate lastDay) {
        LocalDate baselineStart = goLive.minusDays(365);
        List<String> in = new ArrayList<>();
        Map<String, Message> out = new LinkedHashMap<>();
        for (String building : actedOn.stream().sorted().toList()) {
            RetrofitProject overlapping = retrofits.getOrDefault(building, List.of()).stream()
                    .filter(r -> !r.installationStart().isAfter(lastDay) && !r.reportingStart().isBefore(baselineStart)).findFirst().orElse(null);
            if (overlapping == null) {
                in.add(building);
            } else {
                out.put(building, Message.of("sems.boundary.retrofit", overlapping.name(), overlapping.installationStart().toString(),
                        overlapping.reportingStart().toString()));
            }
        }
        return new SemsBoundary(List.copyOf(in), Map.copyOf(out));
    }
}

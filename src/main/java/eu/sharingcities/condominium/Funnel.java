package eu.sharingcities.condominium;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pipeline as a funnel, per delivery path: the share of condominiums that reached each stage
 * (a condominium that entered a later stage passed the earlier ones), the share realised, and the
 * mean days spent in each stage by those that moved on from it.
 */
public record Funnel(DeliveryPath path, int condominiums, Map<Stage, Double> reachedShare, Map<Stage, Double> meanDaysInStage) {

    /** The conventional path has no workshops: they are not a stage it passes. */
    public static boolean appliesTo(Stage stage, DeliveryPath path) {
        return !(stage == Stage.WORKSHOPS && path == DeliveryPath.CONVENTIONAL);
    }

    public double realisedShare() {
        return reachedShare.getOrDefault(Stage.REALISED, 0.0);
    }

    public static Funnel of(DeliveryPath path, List<Long> condominiumIds, List<StageEntry> history) {
        List<Stage> way = Stage.way();
        Map<Long, List<StageEntry>> byCondominium = history.stream().filter(e -> condominiumIds.contains(e.condominiumId()))
                .collect(Collectors.groupingBy(StageEntry::condominiumId));
        Map<Stage, Integer> reached = new EnumMap<>(Stage.class);
        Map<Stage, List<Long>> durations = new EnumMap<>(Stage.class);
        for (long id : condominiumIds) {
            List<StageEntry> entries = byCondominium.getOrDefault(id, List.of()).stream()
                    .filter(e -> e.stage() != Stage.DROPPED).sorted(java.util.Comparator.comparing(e -> way.indexOf(e.stage()))).toList();
            int furthest = entries.stream().mapToInt(e -> way.indexOf(e.stage())).max().orElse(-1);
            for (int s = 0; s <= furthest; s++) {
                if (appliesTo(way.get(s), path)) {
                    reached.merge(way.get(s), 1, Integer::sum);
                }
            }
            for (int i = 0; i + 1 < entries.size(); i++) {
                LocalDate from = entries.get(i).enteredOn(), to = entries.get(i + 1).enteredOn();
                durations.computeIfAbsent(entries.get(i).stage(), s -> new ArrayList<>()).add(to.toEpochDay() - from.toEpochDay());
            }
        }
        Map<Stage, Double> shares = new EnumMap<>(Stage.class);
        Map<Stage, Double> days = new EnumMap<>(Stage.class);
        for (Stage s : way) {
            shares.put(s, condominiumIds.isEmpty() ? 0 : (double) reached.getOrDefault(s, 0) / condominiumIds.size());
            durations.getOrDefault(s, List.of()).stream().mapToLong(Long::longValue).average().ifPresent(d -> days.put(s, d));
        }
        return new Funnel(path, condominiumIds.size(), shares, days);
    }
}

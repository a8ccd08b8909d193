package eu.sharingcities.lighting.workorders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Time to repair per contractor, against the SLA: of the orders assigned to it, how many the data
 * verified, the median hours from opening to verification, the share verified by their due time,
 * and how many still open are overdue.
 */
public record RepairTimes(String contractor, int assigned, int verified, Double medianHours, Double withinSla, int overdue) {

    public static List<RepairTimes> of(List<WorkOrder> orders, Instant now) {
        Map<String, List<WorkOrder>> byContractor = orders.stream().filter(o -> !o.contractor().isEmpty())
                .collect(Collectors.groupingBy(WorkOrder::contractor, TreeMap::new, Collectors.toList()));
        List<RepairTimes> times = new ArrayList<>();
        byContractor.forEach((contractor, mine) -> {
            List<WorkOrder> done = mine.stream().filter(o -> o.status() == WorkOrder.Status.VERIFIED).toList();
            List<Double> hours = done.stream().map(o -> Duration.between(o.openedAt(), o.verifiedAt()).toMillis() / 3_600_000.0).sorted().toList();
            Double median = hours.isEmpty() ? null : hours.size() % 2 == 1 ? hours.get(hours.size() / 2)
                    : (hours.get(hours.size() / 2 - 1) + hours.get(hours.size() / 2)) / 2;
            Double within = done.isEmpty() ? null : done.stream().filter(o -> !o.verifiedAt().isAfter(o.dueAt())).count() / (double) done.size();
            times.add(new RepairTimes(contractor, mine.size(), done.size(), median, within, (int) mine.stream().filter(o -> o.overdue(now)).count()));
        });
        return times;
    }
}

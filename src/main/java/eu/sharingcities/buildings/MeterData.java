package eu.sharingcities.buildings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Daily consumption from a counter's daily rollups: the reading at the end of a day minus the one
 * at the end of the day before. A day counts only when both readings were taken in the last hour
 * of their day (a day the counter stopped early would be short) and the counter did not go
 * backwards (a meter replaced or reset).
 */
final class MeterData {

    /** A counter's last reading of a local day. */
    record DayEnd(LocalDate day, double reading, Instant readAt) {
    }

    private MeterData() {
    }

    static List<MeterPeriod> dailyConsumption(List<DayEnd> ends, double kwhPerUnit, ZoneId zone) {
        List<DayEnd> sorted = ends.stream().sorted(Comparator.comparing(DayEnd::day)).toList();
        List<MeterPeriod> periods = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            DayEnd before = sorted.get(i - 1), day = sorted.get(i);
            double used = day.reading() - before.reading();
            if (before.day().plusDays(1).equals(day.day()) && used >= 0 && readAtDayEnd(before, zone) && readAtDayEnd(day, zone)) {
                periods.add(new MeterPeriod(day.day(), day.day(), used * kwhPerUnit));
            }
        }
        return periods;
    }

    private static boolean readAtDayEnd(DayEnd end, ZoneId zone) {
        Instant midnight = end.day().plusDays(1).atStartOfDay(zone).toInstant();
        return !end.readAt().isBefore(midnight.minusSeconds(3600));
    }

    /** Imported periods win over the counter's days they cover (the bill is what was paid). */
    static List<MeterPeriod> merge(List<MeterPeriod> imported, List<MeterPeriod> counted) {
        List<MeterPeriod> merged = new ArrayList<>(imported);
        for (MeterPeriod day : counted) {
            boolean covered = imported.stream().anyMatch(p -> !day.start().isBefore(p.start()) && !day.start().isAfter(p.end()));
            if (!covered) {
                merged.add(day);
            }
        }
        merged.sort(Comparator.comparing(MeterPeriod::start));
        return merged;
    }
}

package eu.sharingcities.alarms;

import eu.sharingcities.text.Message;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A city's alarm system performance over a period, with the measures and targets of ANSI/ISA-18.2
 * (section 16, table 5; IEC 62682 the same) and EEMUA 191: alarms per operator position per
 * 10 minutes (about 1 very likely acceptable, 2 the most manageable), the share of 10-minute
 * periods in flood (more than 10 alarms; target under about 1 %), the most alarms in one
 * 10-minute period, floods (runs of flood periods), the ten most frequent alarms and their share
 * of all (target about 1–5 %), chattering alarms (3 or more in a minute; target none), standing
 * alarms (active now) and stale ones (active for more than 24 hours; target under 5).
 */
public record AlarmPerformance(Instant from, Instant to, int operatorPositions, int alarms, double averagePer10Minutes, int maxIn10Minutes,
                               double percentPeriodsInFlood, int floods, List<BadActor> topTen, double topTenPercent, List<BadActor> chattering,
                               int standing, int stale, List<Message> missedTargets) {

    static final Duration PERIOD = Duration.ofMinutes(10);
    static final int FLOOD_ABOVE = 10;
    static final Duration CHATTER_WINDOW = Duration.ofMinutes(1);
    static final int CHATTER_COUNT = 3;
    static final Duration STALE_AFTER = Duration.ofHours(24);

    /** An alarm raised in the period: its rule and when. */
    public record Raised(long ruleId, String rule, Instant at) {
    }

    /** A rule among the most frequent (or chattering): how often it was raised and its share of all alarms, in percent. */
    public record BadActor(String rule, int count, double percent) {
    }

    /**
     * @param raised      the alarms raised from {@code from} to {@code to}
     * @param activeSince when each alarm active at {@code to} was raised
     * @param positions   operator positions that share the city's alarms (rates are per position)
     */
    public static AlarmPerformance of(List<Raised> raised, List<Instant> activeSince, Instant from, Instant to, int positions) {
        if (!to.isAfter(from) || positions < 1) {
            throw new IllegalArgumentException("a period that ends after it starts, and at least one operator position");
        }
        long periods = Math.max(1, (Duration.between(from, to).toSeconds() + PERIOD.toSeconds() - 1) / PERIOD.toSeconds());
        TreeMap<Long, Integer> perPeriod = new TreeMap<>();
        Map<Long, List<Instant>> byRule = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Raised r : raised) {
            perPeriod.merge(Duration.between(from, r.at()).toSeconds() / PERIOD.toSeconds(), 1, Integer::sum);
            byRule.computeIfAbsent(r.ruleId(), k -> new ArrayList<>()).add(r.at());
            names.put(r.ruleId(), r.rule());
        }
        int n = raised.size();
        double perPosition = 1.0 / positions;
        int max = perPeriod.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Long> floodPeriods = perPeriod.entrySet().stream().filter(e -> e.getValue() * perPosition > FLOOD_ABOVE).map(Map.Entry::getKey).toList();
        int floods = 0;
        for (int i = 0; i < floodPeriods.size(); i++) {
            if (i == 0 || floodPeriods.get(i) != floodPeriods.get(i - 1) + 1) {
                floods++;
            }
        }
        List<BadActor> all = byRule.entrySet().stream()
                .map(e -> new BadActor(names.get(e.getKey()), e.getValue().size(), n == 0 ? 0 : 100.0 * e.getValue().size() / n))
                .sorted(Comparator.comparingInt(BadActor::count).reversed().thenComparing(BadActor::rule)).toList();
        List<BadActor> topTen = all.stream().limit(10).toList();
        double topTenPercent = topTen.stream().mapToDouble(BadActor::percent).sum();
        List<BadActor> chattering = byRule.entrySet().stream().filter(e -> chatters(e.getValue()))
                .map(e -> new BadActor(names.get(e.getKey()), e.getValue().size(), n == 0 ? 0 : 100.0 * e.getValue().size() / n))
                .sorted(Comparator.comparingInt(BadActor::count).reversed()).toList();
        int stale = (int) activeSince.stream().filter(at -> Duration.between(at, to).compareTo(STALE_AFTER) > 0).count();
        double average = n * perPosition / periods;
        double percentInFlood = 100.0 * floodPeriods.size() / periods;
        int maxPerPosition = (int) Math.ceil(max * perPosition);
        List<Message> missed = new ArrayList<>();
        if (average > 2) {
            missed.add(Message.of("alarm.target.average", average));
        }
        if (percentInFlood > 1) {
            missed.add(Message.of("alarm.target.flood", percentInFlood, FLOOD_ABOVE));
        }
        if (maxPerPosition > FLOOD_ABOVE) {
            missed.add(Message.of("alarm.target.peak", maxPerPosition, FLOOD_ABOVE));
        }
        if (n > 0 && topTenPercent > 5 && all.size() > 10) {
            missed.add(Message.of("alarm.target.topTen", topTenPercent));
        }
        if (!chattering.isEmpty()) {
            missed.add(Message.of("alarm.target.chattering", chattering.size(), CHATTER_COUNT));
        }
        if (stale >= 5) {
            missed.add(Message.of("alarm.target.stale", stale));
        }
        return new AlarmPerformance(from, to, positions, n, average, maxPerPosition, percentInFlood, floods, topTen, topTenPercent, chattering,
                activeSince.size(), stale, List.copyOf(missed));
    }

    /** Raised {@link #CHATTER_COUNT} times or more within {@link #CHATTER_WINDOW}. */
    private static boolean chatters(List<Instant> times) {
        List<Instant> sorted = times.stream().sorted().toList();
        for (int i = 0; i + CHATTER_COUNT - 1 < sorted.size(); i++) {
            if (Duration.between(sorted.get(i), sorted.get(i + CHATTER_COUNT - 1)).compareTo(CHATTER_WINDOW) <= 0) {
                return true;
            }
        }
        return false;
    }
}

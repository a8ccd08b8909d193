package eu.sharingcities.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What differs between two sets of time series (point → source time in µs → value), in a few
 * lines: a failure message that names the missing, extra and changed values instead of printing
 * thousands of them (CI keeps only part of a long message).
 */
public final class SeriesDifference {

    private static final int SHOWN = 5;

    private SeriesDifference() {
    }

    public static String describe(Map<String, SortedMap<Long, Double>> expected, Map<String, SortedMap<Long, Double>> actual) {
        List<String> lines = new ArrayList<>();
        for (String point : union(expected.keySet(), actual.keySet())) {
            SortedMap<Long, Double> want = expected.getOrDefault(point, new TreeMap<>());
            SortedMap<Long, Double> got = actual.getOrDefault(point, new TreeMap<>());
            List<String> missing = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            want.forEach((time, value) -> {
                Double stored = got.get(time);
                if (stored == null) {
                    missing.add(at(time) + "=" + value);
                } else if (!stored.equals(value)) {
                    changed.add(at(time) + " " + value + "→" + stored);
                }
            });
            got.forEach((time, value) -> {
                if (!want.containsKey(time)) {
                    extra.add(at(time) + "=" + value);
                }
            });
            if (!missing.isEmpty() || !extra.isEmpty() || !changed.isEmpty()) {
                lines.add(point + " (" + want.size() + " expected, " + got.size() + " found): " + part("missing", missing)
                        + part("extra", extra) + part("changed", changed));
            }
        }
        int total = lines.size();
        return total == 0 ? "no difference" : total + " series differ:\n  " + String.join("\n  ", lines.subList(0, Math.min(total, 12)))
                + (total > 12 ? "\n  …" : "");
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String part(String name, List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        return name + " " + items.size() + " " + items.subList(0, Math.min(SHOWN, items.size())) + (items.size() > SHOWN ? "… " : " ");
    }

    private static String at(long micros) {
        return Instant.ofEpochSecond(0, micros * 1000).toString();
    }
}

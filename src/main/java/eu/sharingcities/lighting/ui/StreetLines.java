package eu.sharingcities.lighting.ui;

import eu.sharingcities.lighting.Lamppost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Each street drawn through its lampposts, in order along the street's longer extent: the map
 * shows where the streets run even when no tiles load. Lamps stand on alternate sides, so the line
 * runs between each pair of neighbours.
 */
final class StreetLines {

    private StreetLines() {
    }

    static List<LampMap.Line> of(List<Lamppost> lamps) {
        Map<String, List<Lamppost>> byStreet = lamps.stream().collect(Collectors.groupingBy(Lamppost::street, TreeMap::new, Collectors.toList()));
        List<LampMap.Line> lines = new ArrayList<>();
        byStreet.forEach((street, onStreet) -> {
            if (onStreet.size() < 4) {
                return;
            }
            double latitudes = range(onStreet, Lamppost::latitude);
            double longitudes = range(onStreet, Lamppost::longitude) * Math.cos(Math.toRadians(onStreet.getFirst().latitude()));
            Comparator<Lamppost> along = latitudes >= longitudes ? Comparator.comparingDouble(Lamppost::latitude)
                    : Comparator.comparingDouble(Lamppost::longitude);
            List<Lamppost> ordered = onStreet.stream().sorted(along).toList();
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i + 1 < ordered.size(); i += 2) { // between two neighbours: the carriageway's middle when lamps alternate sides
                points.add(new double[]{(ordered.get(i).latitude() + ordered.get(i + 1).latitude()) / 2,
                        (ordered.get(i).longitude() + ordered.get(i + 1).longitude()) / 2});
            }
            lines.add(new LampMap.Line(street, points));
        });
        return lines;
    }

    private static double range(List<Lamppost> lamps, java.util.function.ToDoubleFunction<Lamppost> coordinate) {
        double min = lamps.stream().mapToDouble(coordinate).min().orElse(0);
        double max = lamps.stream().mapToDouble(coordinate).max().orElse(0);
        return max - min;
    }
}

package eu.sharingcities.lighting.demo;

import eu.sharingcities.simulator.model.DistrictGrid;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The demo's lit streets in each city's district ({@link DistrictGrid}), each with its lighting group. */
final class DemoStreets {

    /** A street with the group its lamps belong to. */
    record Street(String name, String group) {
    }

    /** The district's streets (the simulator's grid, which its bike stations share), each with its group. */
    static final Map<String, List<Street>> STREETS = DistrictGrid.cities().stream()
            .collect(Collectors.toUnmodifiableMap(city -> city, city -> streets(DistrictGrid.of(city).streets())));

    /** Each city's language, for the groups' names. */
    static final Map<String, String> LANGUAGES = DistrictGrid.cities().stream()
            .collect(Collectors.toUnmodifiableMap(city -> city, city -> DistrictGrid.of(city).language()));

    private DemoStreets() {
    }

    /** The first two streets carry traffic, the last two are for people on foot, one is a junction area, the rest are residential. */
    private static List<Street> streets(List<String> names) {
        List<Street> streets = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String group = i < 2 ? "main-roads" : i >= names.size() - 2 ? "pedestrian" : i == 2 ? "junctions" : "residential";
            streets.add(new Street(names.get(i), group));
        }
        return List.copyOf(streets);
    }
}

package eu.sharingcities.simulator;

import java.util.Locale;

/**
 * How a simulated building's controller names its points: the simulator's own convention
 * ({@code building/b001/zone-temperature}) for all but one. Bordeaux's second building answers as a
 * foreign BMS would ({@code Building_2.BMS.RoomTemp}), so the demo has a site that the platform
 * binds by configuration alone (asset and roles), as it must bind a real one.
 */
public record BuildingNaming(String asset, boolean foreign) {

    public static final String FOREIGN_CITY = "bordeaux";
    public static final int FOREIGN_INDEX = 1;

    /** The naming of a city's building, by its index (0 for b001). */
    public static BuildingNaming of(String city, int index) {
        return FOREIGN_CITY.equals(city) && index == FOREIGN_INDEX
                ? new BuildingNaming("Building_" + (index + 1), true)
                : new BuildingNaming("building/" + String.format("b%03d", index + 1), false);
    }

    /** The string identifier of the measure's OPC UA node. */
    public String path(BuildingMeasure measure) {
        return foreign ? asset + ".BMS." + measure.foreignName : asset + "/" + measure.name;
    }

    /** The point code the simulator's configuration gives the measure (lower case, as point codes are). */
    public String code(String city, BuildingMeasure measure) {
        return pointCode(city, path(measure));
    }

    /** The point code for a node path of a city's simulated controllers. */
    static String pointCode(String city, String path) {
        return city + "." + path.replace('/', '.').toLowerCase(Locale.ROOT);
    }
}

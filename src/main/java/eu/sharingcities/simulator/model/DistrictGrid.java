package eu.sharingcities.simulator.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo's streets in each city's smart district: twelve real street names of the district laid
 * out as a grid around its centre — even ones east–west, odd ones north–south, about 200 m apart —
 * and the city's language for names. Not the streets' real courses: the demo works without map
 * tiles. The lit streets' lamps (street lighting's demo) and the bike-share stations at their
 * crossings (the simulated operator) share it.
 */
public record DistrictGrid(String city, String language, double latitude, double longitude, List<String> streets) {

    /** Between two parallel streets, in degrees of latitude (north–south streets: × {@link #LONGITUDE_STRETCH} of longitude). */
    public static final double STREET_SPACING_DEGREES = 0.0018;
    /** About as many metres between north–south streets as between east–west ones at these latitudes. */
    public static final double LONGITUDE_STRETCH = 1.4;
    public static final double METRES_PER_DEGREE_LATITUDE = 111_320;

    /** The districts' centres as the platform's reference data has them (migrations/V2). */
    private static final Map<String, DistrictGrid> GRIDS = Map.of(
            "london", new DistrictGrid("london", "en", 51.4892, 0.0648, List.of("Trafalgar Road", "Woolwich Road", "Blackwall Lane", "Azof Street",
                    "Tunnel Avenue", "Christchurch Way", "Vanbrugh Hill", "Eastney Street", "Old Woolwich Road", "Humber Road", "Pelton Road",
                    "Banning Street")),
            "milan", new DistrictGrid("milan", "it", 45.4420, 9.2010, List.of("Via Ripamonti", "Viale Brenta", "Via Brembo", "Via Giulio Ceccarelli",
                    "Via Vettabbia", "Via Carlo Bazzi", "Via dei Cinquecento", "Via Noto", "Via Lorenzini", "Via Isimbardi", "Via Col di Lana",
                    "Piazzale Lodi")),
            "lisbon", new DistrictGrid("lisbon", "pt", 38.7110, -9.1400, List.of("Rua Augusta", "Rua do Ouro", "Rua da Prata", "Rua Garrett",
                    "Rua Nova do Almada", "Rua do Carmo", "Rua Ivens", "Rua Serpa Pinto", "Rua da Conceição", "Rua de São Nicolau",
                    "Rua dos Fanqueiros", "Largo do Chiado")),
            "bordeaux", new DistrictGrid("bordeaux", "fr", 44.8430, -0.5580, List.of("Avenue Thiers", "Quai des Queyries", "Rue de la Benauge",
                    "Rue Nuyens", "Rue Bouthier", "Rue de Nuits", "Allée Serr", "Rue Hortense", "Rue du Cardinal Richaud", "Rue Raymond Poincaré",
                    "Rue Étienne Huyard", "Place Stalingrad")),
            "burgas", new DistrictGrid("burgas", "bg", 42.4970, 27.4710, List.of("бул. Демокрация", "ул. Александровска", "ул. Богориди",
                    "ул. Фердинандова", "ул. Славянска", "ул. Оборище", "ул. Христо Ботев", "ул. Булаир", "ул. Сан Стефано", "ул. Цар Симеон I",
                    "ул. Гурко", "ул. Пиротска")),
            "warsaw", new DistrictGrid("warsaw", "pl", 52.2560, 21.0330, List.of("ul. Targowa", "ul. Ząbkowska", "ul. Brzeska", "ul. Stalowa",
                    "ul. Inżynierska", "ul. Wileńska", "ul. Konopacka", "ul. Białostocka", "ul. Kłopotowskiego", "ul. Okrzei", "ul. Środkowa",
                    "ul. Strzelecka")));

    public static DistrictGrid of(String city) {
        DistrictGrid grid = GRIDS.get(city);
        if (grid == null) {
            throw new IllegalArgumentException("no demo district for '" + city + "'; the demo has " + String.join(", ", GRIDS.keySet()));
        }
        return grid;
    }

    public static Set<String> cities() {
        return GRIDS.keySet();
    }

    /** Whether street {@code s} runs east–west (the even ones) or north–south. */
    public static boolean eastWest(int s) {
        return s % 2 == 0;
    }

    /** Where street {@code s} lies across the grid: degrees of latitude (east–west) or longitude (north–south) from the centre. */
    public static double across(int s) {
        return (s / 2 - 2.5) * STREET_SPACING_DEGREES * (eastWest(s) ? 1 : LONGITUDE_STRETCH);
    }

    /** Where east–west street {@code eastWest} (even) crosses north–south street {@code northSouth} (odd): latitude, longitude. */
    public double[] crossing(int eastWest, int northSouth) {
        return new double[]{latitude + across(eastWest), longitude + across(northSouth)};
    }

    public double metresPerDegreeLongitude() {
        return METRES_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(latitude));
    }
}

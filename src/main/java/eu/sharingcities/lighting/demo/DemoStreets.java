package eu.sharingcities.lighting.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo's lit streets in each city's district: real street names of the district laid out as a
 * grid around its centre (east–west and north–south in turn, about 200 m apart), each with its
 * lighting group. Not the streets' real courses: the demo works without map tiles.
 */
final class DemoStreets {

    /** A street with the group its lamps belong to. */
    record Street(String name, String group) {
    }

    static final Map<String, List<Street>> STREETS = Map.of(
            "london", streets("Trafalgar Road", "Woolwich Road", "Blackwall Lane", "Azof Street", "Tunnel Avenue", "Christchurch Way",
                    "Vanbrugh Hill", "Eastney Street", "Old Woolwich Road", "Humber Road", "Pelton Road", "Banning Street"),
            "milan", streets("Via Ripamonti", "Viale Brenta", "Via Brembo", "Via Giulio Ceccarelli", "Via Vettabbia", "Via Carlo Bazzi",
                    "Via dei Cinquecento", "Via Noto", "Via Lorenzini", "Via Isimbardi", "Via Col di Lana", "Piazzale Lodi"),
            "lisbon", streets("Rua Augusta", "Rua do Ouro", "Rua da Prata", "Rua Garrett", "Rua Nova do Almada", "Rua do Carmo",
                    "Rua Ivens", "Rua Serpa Pinto", "Rua da Conceição", "Rua de São Nicolau", "Rua dos Fanqueiros", "Largo do Chiado"),
            "bordeaux", streets("Avenue Thiers", "Quai des Queyries", "Rue de la Benauge", "Rue Nuyens", "Rue Bouthier", "Rue de Nuits",
                    "Allée Serr", "Rue Hortense", "Rue du Cardinal Richaud", "Rue Raymond Poincaré", "Rue Étienne Huyard", "Place Stalingrad"),
            "burgas", streets("бул. Демокрация", "ул. Александровска", "ул. Богориди", "ул. Фердинандова", "ул. Славянска", "ул. Оборище",
                    "ул. Христо Ботев", "ул. Булаир", "ул. Сан Стефано", "ул. Цар Симеон I", "ул. Гурко", "ул. Пиротска"),
            "warsaw", streets("ul. Targowa", "ul. Ząbkowska", "ul. Brzeska", "ul. Stalowa", "ul. Inżynierska", "ul. Wileńska",
                    "ul. Konopacka", "ul. Białostocka", "ul. Kłopotowskiego", "ul. Okrzei", "ul. Środkowa", "ul. Strzelecka"));

    /** Each city's language, for the groups' names. */
    static final Map<String, String> LANGUAGES = Map.of("london", "en", "milan", "it", "lisbon", "pt", "bordeaux", "fr", "burgas", "bg",
            "warsaw", "pl");

    private DemoStreets() {
    }

    /** The first two streets carry traffic, the last two are for people on foot, one is a junction area, the rest are residential. */
    private static List<Street> streets(String... names) {
        List<Street> streets = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String group = i < 2 ? "main-roads" : i >= names.length - 2 ? "pedestrian" : i == 2 ? "junctions" : "residential";
            streets.add(new Street(names[i], group));
        }
        return List.copyOf(streets);
    }
}

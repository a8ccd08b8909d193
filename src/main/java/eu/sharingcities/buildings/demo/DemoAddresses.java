package eu.sharingcities.buildings.demo;

import java.util.List;
import java.util.Map;

/** Names and streets for the demo's buildings in each city's district, placed around its centre. */
final class DemoAddresses {

    record Address(String name, String street, double latitude, double longitude) {
    }

    private static final Map<String, List<String>> STREETS = Map.of(
            "london", List.of("Eastney Street", "Trafalgar Road", "Woolwich Road", "Blackwall Lane", "Azof Street", "Tunnel Avenue",
                    "Christchurch Way", "Vanbrugh Hill"),
            "milan", List.of("Via Ripamonti", "Via Brembo", "Via Giulio Ceccarelli", "Viale Brenta", "Via Vettabbia", "Via Carlo Bazzi",
                    "Via dei Cinquecento", "Via Noto"),
            "lisbon", List.of("Rua Garrett", "Rua do Carmo", "Rua Augusta", "Rua da Prata", "Rua Nova do Almada", "Largo do Chiado",
                    "Rua Ivens", "Rua Serpa Pinto"),
            "bordeaux", List.of("Avenue Thiers", "Rue de la Benauge", "Quai des Queyries", "Rue Nuyens", "Rue Bouthier", "Rue de Nuits",
                    "Allée Serr", "Rue Hortense"),
            "burgas", List.of("ул. Александровска", "ул. Богориди", "ул. Фердинандова", "ул. Славянска", "ул. Оборище", "ул. Христо Ботев",
                    "ул. Булаир", "ул. Сан Стефано"),
            "warsaw", List.of("ul. Targowa", "ul. Ząbkowska", "ul. Brzeska", "ul. Stalowa", "ul. Inżynierska", "ul. Wileńska",
                    "ul. Konopacka", "ul. Białostocka"));

    private static final Map<String, double[]> CENTRES = Map.of(
            "london", new double[]{51.4892, 0.0648}, "milan", new double[]{45.4420, 9.2010}, "lisbon", new double[]{38.7110, -9.1400},
            "bordeaux", new double[]{44.8430, -0.5580}, "burgas", new double[]{42.4970, 27.4710}, "warsaw", new double[]{52.2560, 21.0330});

    private DemoAddresses() {
    }

    static Address of(String city, int index) {
        List<String> streets = STREETS.get(city);
        String street = streets.get(index % streets.size()) + " " + (12 + 7 * index);
        double[] centre = CENTRES.get(city);
        double angle = index * 0.785;
        return new Address(street.replaceAll(" \\d+$", "") + " block " + (index + 1), street,
                centre[0] + 0.004 * Math.cos(angle), centre[1] + 0.006 * Math.sin(angle));
    }
}

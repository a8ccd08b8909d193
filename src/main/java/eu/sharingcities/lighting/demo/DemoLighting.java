package eu.sharingcities.lighting.demo;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.simulator.model.DistrictGrid;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo's street lighting: in each city's district four groups (main roads M3, a junction area
 * C3, residential streets P3, pedestrian streets P2, with the repair times a city sets for each)
 * and {@value #LAMPS_PER_CITY} lampposts on the district's streets, every 30 m on alternate sides,
 * fed by a cabinet per half street, each bound to a simulated lamp controller by its asset
 * ({@code lighting/l0001}…, simulator/CityNamespace.java). LED luminaires of 60 W replaced sodium
 * and mercury lamps whose drawn power (lamp and ballast) is the savings' baseline.
 */
@Startup
@Singleton
@DependsOn("IngestionStartup") // the tables (Migrations, before it) and the controllers' assets the lamps are bound to
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoLighting {

    public static final int LAMPS_PER_CITY = 500;
    private static final Logger LOG = Logger.getLogger(DemoLighting.class.getName());
    private static final double LAMP_SPACING_METRES = 30;

    private record Group(String code, String name, String streetClass, String lightingClass, String sunAngle, String profile, int repairHours,
                         String replacedLamp, double replacedW) {
    }

    /** The groups' names in each city's language, in the order of {@link #GROUPS}. */
    private static final java.util.Map<String, List<String>> NAMES = java.util.Map.of(
            "en", List.of("Main roads", "Junctions and crossings", "Residential streets", "Pedestrian streets"),
            "it", List.of("Strade principali", "Incroci e attraversamenti", "Strade residenziali", "Vie pedonali"),
            "pt", List.of("Vias principais", "Cruzamentos e passadeiras", "Ruas residenciais", "Ruas pedonais"),
            "fr", List.of("Axes principaux", "Carrefours et traversées", "Rues résidentielles", "Rues piétonnes"),
            "bg", List.of("Главни пътища", "Кръстовища и пешеходни пътеки", "Жилищни улици", "Пешеходни улици"),
            "pl", List.of("Drogi główne", "Skrzyżowania i przejścia", "Ulice osiedlowe", "Ulice piesze"));

    private static final List<Group> GROUPS = List.of(
            new Group("main-roads", "Main roads", "main-road", "M3", "civil", "100; 23:00 70; 05:30 100", 24, "SON-T 150 W", 168),
            new Group("junctions", "Junctions and crossings", "conflict-area", "C3", "civil", "100", 24, "SON-T 250 W", 277),
            new Group("residential", "Residential streets", "residential", "P3", "civil", "100; 22:00 50; 05:00 100", 72, "SON-T 100 W", 116),
            new Group("pedestrian", "Pedestrian streets", "pedestrian", "P2", "sunset", "100; 23:00 40; 06:00 100", 120, "MBF 125 W", 137));

    @Inject
    @ConfigProperty(name = "platform.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DirectConnections database;

    @PostConstruct
    void create() {
        if (!demo) {
            return;
        }
        try (Connection db = database.open()) {
            db.setAutoCommit(false);
            for (String city : DemoStreets.STREETS.keySet()) {
                if (seed(db, city)) {
                    LOG.info("demo: " + LAMPS_PER_CITY + " lampposts of " + city + " registered");
                }
            }
            db.commit();
        } catch (SQLException e) {
            LOG.warning("demo lighting could not be registered: " + e.getMessage());
        }
    }

    private boolean seed(Connection db, String city) throws SQLException {
        long district;
        double latitude;
        double longitude;
        try (PreparedStatement st = db.prepareStatement("""
                select d.id, d.latitude, d.longitude from district d
                where d.city_code = ? and not exists (select from lighting_group g where g.city_code = d.city_code) order by d.id limit 1""")) {
            st.setString(1, city);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return false; // seeded before, or a city without a district
                }
                district = rs.getLong(1);
                latitude = rs.getDouble(2);
                longitude = rs.getDouble(3);
            }
        }
        for (Group g : GROUPS) {
            try (PreparedStatement st = db.prepareStatement("""
                    insert into lighting_group (city_code, code, name, street_class, lighting_class, sun_angle, profile, repair_hours)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                st.setString(1, city);
                st.setString(2, g.code());
                st.setString(3, NAMES.get(DemoStreets.LANGUAGES.get(city)).get(GROUPS.indexOf(g)));
                st.setString(4, g.streetClass());
                st.setString(5, g.lightingClass());
                st.setString(6, g.sunAngle());
                st.setString(7, g.profile());
                st.setInt(8, g.repairHours());
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = db.prepareStatement("""
                insert into lamppost (city_code, code, group_id, latitude, longitude, street, district_id, cabinet, circuit, controller, asset,
                                      luminaire, rated_w, lumen, replaced_lamp, replaced_w, installed_on, equipment)
                select ?, ?, g.id, ?, ?, ?, ?, ?, ?, ?, ?, 'LED street luminaire 60 W (4000 K)', 60, 8400, ?, ?, ?, ?
                from lighting_group g where g.city_code = ? and g.code = ?""")) {
            lamps(st, city, district, latitude, longitude);
            st.executeBatch();
        }
        return true;
    }

    private static void lamps(PreparedStatement st, String city, long district, double centreLatitude, double centreLongitude) throws SQLException {
        List<DemoStreets.Street> streets = DemoStreets.STREETS.get(city);
        double metresPerDegreeLatitude = DistrictGrid.METRES_PER_DEGREE_LATITUDE;
        double metresPerDegreeLongitude = metresPerDegreeLatitude * Math.cos(Math.toRadians(centreLatitude));
        int lamp = 0;
        for (int s = 0; s < streets.size(); s++) {
            int onStreet = LAMPS_PER_CITY / streets.size() + (s < LAMPS_PER_CITY % streets.size() ? 1 : 0);
            boolean eastWest = DistrictGrid.eastWest(s);
            double across = DistrictGrid.across(s);
            String groupCode = streets.get(s).group();
            Group group = GROUPS.stream().filter(g -> g.code().equals(groupCode)).findFirst().orElseThrow();
            for (int i = 0; i < onStreet; i++, lamp++) {
                double along = (i - onStreet / 2.0) * LAMP_SPACING_METRES;
                double side = (i % 2 == 0 ? 1 : -1) * 8; // metres either side of the carriageway's centre
                double latitude = centreLatitude + (eastWest ? across + side / metresPerDegreeLatitude : along / metresPerDegreeLatitude);
                double longitude = centreLongitude + (eastWest ? along / metresPerDegreeLongitude : across + side / metresPerDegreeLongitude);
                int p = 0;
                st.setString(++p, city);
                st.setString(++p, String.format("%s-%04d", city.substring(0, 3).toUpperCase(java.util.Locale.ROOT), lamp + 1));
                st.setDouble(++p, latitude);
                st.setDouble(++p, longitude);
                st.setString(++p, streets.get(s).name());
                st.setLong(++p, district);
                st.setString(++p, String.format("FP-%02d%s", s + 1, along < 0 ? "A" : "B"));
                st.setString(++p, Integer.toString(1 + i % 2));
                st.setString(++p, String.format("Lamp controller %s (node %06d)", lamp % 3 == 0 ? "NEMA" : "Zhaga D4i", 100_000 + lamp * 37));
                st.setString(++p, String.format("lighting/l%04d", lamp + 1));
                st.setString(++p, group.replacedLamp());
                st.setDouble(++p, group.replacedW());
                st.setObject(++p, LocalDate.of(2017, 3, 1).plusDays(lamp % 540));
                st.setArray(++p, st.getConnection().createArrayOf("varchar", equipment(lamp)));
                st.setString(++p, city);
                st.setString(++p, group.code());
                st.addBatch();
            }
        }
    }

    /** Every 25th post an environmental sensor, every 40th an EV charger, every 60th a Wi-Fi access point. */
    private static Object[] equipment(int lamp) {
        List<String> items = new java.util.ArrayList<>();
        if (lamp % 25 == 7) {
            items.add("environment-sensor");
        }
        if (lamp % 40 == 11) {
            items.add("ev-charger");
        }
        if (lamp % 60 == 23) {
            items.add("wifi");
        }
        return items.toArray();
    }
}

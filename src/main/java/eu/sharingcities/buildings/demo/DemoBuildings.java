package eu.sharingcities.buildings.demo;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.sems.demo.SemsPastSetpoints;
import eu.sharingcities.simulator.BuildingMeasure;
import eu.sharingcities.simulator.BuildingNaming;
import eu.sharingcities.simulator.DemoHistory;
import eu.sharingcities.simulator.SimulatorOptions;
import eu.sharingcities.simulator.model.BuildingSpec;
import eu.sharingcities.simulator.model.DemoRetrofit;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The demo's buildings: one per simulated building of each city, its heat and electricity meters
 * bound to the simulator's counters, the retrofits of {@link DemoRetrofit}, and the history
 * {@link DemoHistory} makes (a baseline year and months of reporting) stored as daily rollups, so
 * measurement and verification has real results at the first start. Runs once per city: a city
 * that has buildings is left alone.
 */
@Startup
@Singleton
@DependsOn("IngestionStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoBuildings {

    private static final Logger LOG = Logger.getLogger(DemoBuildings.class.getName());

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
        long started = System.nanoTime();
        try (Connection db = database.open()) {
            db.setAutoCommit(false);
            int made = 0;
            for (String city : SimulatorOptions.ALL_CITIES) {
                made += createCity(db, city);
                db.commit();
            }
            if (made > 0) {
                LOG.info("demo: " + made + " buildings with their history made in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        } catch (SQLException | IOException e) {
            LOG.warning("demo buildings could not be made: " + e.getMessage());
        }
    }

    private int createCity(Connection db, String city) throws SQLException, IOException {
        try (PreparedStatement scope = db.prepareStatement("select set_config('platform.cities', ?, true)")) {
            scope.setString(1, city);
            scope.execute();
        }
        if (exists(db, "select 1 from building where city_code = ?", city)) {
            return 0;
        }
        Map<String, Integer> points = points(db, city);
        Integer temperature = points.get(city + ".weather.outdoor-temperature");
        // the simulator's buildings whose points the configuration has (the demo runs 8 a city, the tests fewer)
        TreeMap<Integer, String> buildings = new TreeMap<>();
        for (int i = 0; points.containsKey(BuildingNaming.of(city, i).code(city, BuildingMeasure.HEAT_METER)); i++) {
            buildings.put(i, String.format("b%03d", i + 1));
        }
        if (temperature == null || buildings.isEmpty()) {
            return 0; // the simulator's configuration for this city is not loaded
        }
        long district = id(db, "select id from district where city_code = ? order by id limit 1", city);
        ZoneId zone = ZoneId.of(text(db, "select time_zone from city where code = ?", city));
        LocalDate today = LocalDate.now(zone);
        long seed = SimulatorOptions.demo().seed();
        for (Map.Entry<Integer, String> b : buildings.entrySet()) {
            createBuilding(db, city, district, temperature, points, b.getKey(), b.getValue(), seed, today);
        }
        storeHistory(db, city, buildings.size(), seed, today, points);
        return buildings.size();
    }

    private void createBuilding(Connection db, String city, long district, int temperature, Map<String, Integer> points, int index,
                                String code, long seed, LocalDate today) throws SQLException {
        BuildingSpec spec = BuildingSpec.generated(code, index, seed);
        BuildingNaming naming = BuildingNaming.of(city, index);
        DemoAddresses.Address address = DemoAddresses.of(city, index);
        long building;
        try (PreparedStatement insert = db.prepareStatement("""
                insert into building (city_code, district_id, code, name, address, latitude, longitude, use, floor_area_m2, year_built,
                                      dwellings, energy_label, heating_system, temperature_point_id, asset)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select asset from point where id = ?)) returning id""")) {
            insert.setString(1, city);
            insert.setLong(2, district);
            insert.setString(3, code);
            insert.setString(4, address.name());
            insert.setString(5, address.street());
            insert.setDouble(6, address.latitude());
            insert.setDouble(7, address.longitude());
            insert.setString(8, spec.use().name());
            insert.setDouble(9, Math.round(spec.floorAreaM2()));
            insert.setInt(10, 1925 + (index * 11) % 60);
            insert.setInt(11, spec.use().name().equals("RESIDENTIAL") ? (int) (spec.floorAreaM2() / 75) : 0);
            insert.setString(12, String.valueOf("DEFGEFDG".charAt(index % 8)));
            insert.setString(13, index % 3 == 0 ? "district heating substation" : "gas boiler, radiators");
            insert.setInt(14, temperature);
            // bound to its controller's asset: SEMS and the portal find its points by their roles there
            insert.setObject(15, points.get(naming.code(city, BuildingMeasure.HEAT_METER)));
            building = returnedId(insert);
        }
        meter(db, building, city, "Heat meter", "HEAT", points.get(naming.code(city, BuildingMeasure.HEAT_METER)));
        meter(db, building, city, "Electricity meter", "ELECTRICITY", points.get(naming.code(city, BuildingMeasure.ELECTRICITY_METER)));
        DemoRetrofit.forBuilding(index).ifPresent(r -> retrofit(db, building, city, r, spec, today));
    }

    private static void meter(Connection db, long building, String city, String name, String carrier, Integer point) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into meter (building_id, city_code, name, carrier, unit, kwh_per_unit, point_id) values (?, ?, ?, ?, 'kWh', 1, ?)""")) {
            insert.setLong(1, building);
            insert.setString(2, city);
            insert.setString(3, name);
            insert.setString(4, carrier);
            insert.setObject(5, point);
            insert.executeUpdate();
        }
    }

    private static void retrofit(Connection db, long building, String city, DemoRetrofit r, BuildingSpec spec, LocalDate today) {
        boolean deep = r.depth() == DemoRetrofit.Depth.DEEP;
        List<String> measures = deep
                ? List.of("ENVELOPE_INSULATION", "WINDOWS", "LED_LIGHTING", r.heatLossFactor() > 0.35 ? "HEAT_RECOVERY_VENTILATION" : "SMART_CONTROLS")
                : List.of("SMART_CONTROLS", "LED_LIGHTING");
        double costPerM2 = deep ? 310 : 28;
        try (PreparedStatement insert = db.prepareStatement("""
                insert into retrofit_project (building_id, city_code, name, depth, cost_eur, funding, installation_start, installation_end,
                                              reporting_start)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""");
             PreparedStatement measure = db.prepareStatement("insert into retrofit_measure (project_id, city_code, measure, cost_eur) values (?, ?, ?, ?)")) {
            insert.setLong(1, building);
            insert.setString(2, city);
            insert.setString(3, (deep ? "Deep retrofit " : "Light retrofit ") + spec.id());
            insert.setString(4, r.depth().name());
            double cost = Math.round(costPerM2 * spec.floorAreaM2());
            insert.setDouble(5, cost);
            insert.setString(6, deep ? "Horizon 2020 Sharing Cities (grant 691895), municipal co-funding" : "municipal maintenance budget");
            insert.setDate(7, Date.valueOf(r.installationStart(today)));
            insert.setDate(8, Date.valueOf(r.installationEnd(today)));
            insert.setDate(9, Date.valueOf(r.installationEnd(today).plusDays(1)));
            long project = returnedId(insert);
            for (String m : measures) {
                measure.setLong(1, project);
                measure.setString(2, city);
                measure.setString(3, m);
                measure.setDouble(4, Math.round(cost / measures.size()));
                measure.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo retrofit of " + spec.id() + ": " + e.getMessage(), e);
        }
    }

    /** The generated days as daily rollups, with one COPY; days the live controllers already filled are kept as they are. */
    private static void storeHistory(Connection db, String city, int buildings, long seed, LocalDate today, Map<String, Integer> points)
            throws SQLException, IOException {
        StringBuilder rows = new StringBuilder();
        for (DemoHistory.DailyValue v : DemoHistory.of(city, buildings, seed, today, SemsPastSetpoints.of(today, ZoneId.of(text(db,
                "select time_zone from city where code = ?", city))))) {
            Integer point = points.get(v.pointCode());
            if (point != null) {
                rows.append(String.format(Locale.ROOT, "%d\t%s\t%d\t%.6f\t%.6f\t%.6f\t%.6f\t%s%n", point, v.dayStart(), v.samples(),
                        v.mean() * v.samples(), v.minimum(), v.maximum(), v.last(), v.lastTime()));
            }
        }
        try (var st = db.createStatement()) {
            st.execute("create temporary table demo_day (point_id integer, bucket timestamptz, samples integer, total float8, minimum float8, "
                    + "maximum float8, last_value float8, last_time timestamptz) on commit drop");
        }
        db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy demo_day from stdin", new StringReader(rows.toString()));
        try (var st = db.createStatement()) {
            st.execute("""
                    insert into reading_rollup (resolution, point_id, bucket, samples, total, minimum, maximum, last_value, last_time)
                    select 'day', point_id, bucket, samples, total, minimum, maximum, last_value, last_time from demo_day
                    on conflict do nothing""");
        }
    }

    private static Map<String, Integer> points(Connection db, String city) throws SQLException {
        Map<String, Integer> points = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("select code, id from point where city_code = ?")) {
            select.setString(1, city);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    points.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return points;
    }

    private static boolean exists(Connection db, String sql, String city) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, city);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long id(Connection db, String sql, String city) throws SQLException {
        return Long.parseLong(text(db, sql, city));
    }

    private static String text(Connection db, String sql, String city) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, city);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no row for " + city + ": " + sql);
                }
                return rs.getString(1);
            }
        }
    }

    private static long returnedId(PreparedStatement insert) throws SQLException {
        try (ResultSet rs = insert.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

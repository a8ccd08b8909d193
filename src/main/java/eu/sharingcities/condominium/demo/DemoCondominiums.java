package eu.sharingcities.condominium.demo;

import eu.sharingcities.condominium.Stage;
import eu.sharingcities.database.DirectConnections;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Milan's demo pipeline: ten condominiums of Porta Romana / Vettabbia, six run with co-design
 * workshops and four the conventional way, at every stage from first contact to realised, with
 * units and millesimi, owners' consent, workshops, options, one assembly whose minutes are closed
 * and one still open. Two ESCos each have some assigned. Made once, when Milan has none.
 */
@Startup
@Singleton
@DependsOn("DemoBuildings")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCondominiums {

    private static final Logger LOG = Logger.getLogger(DemoCondominiums.class.getName());
    private static final String CITY = "milan";

    /** name, street, path, furthest stage, ESCo, months since first contact. */
    private record Plan(String name, String street, String path, Stage stage, String esco, int monthsAgo) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("Condominio Ripamonti 12", "Via Ripamonti 12", "CO_DESIGN", Stage.REALISED, "energia-condivisa", 30),
            new Plan("Condominio Brembo 19", "Via Brembo 19", "CO_DESIGN", Stage.MONITORING, "energia-condivisa", 26),
            new Plan("Condominio Ceccarelli 26", "Via Giulio Ceccarelli 26", "CO_DESIGN", Stage.WORKS, "calore-verde", 22),
            new Plan("Condominio Brenta 33", "Viale Brenta 33", "CO_DESIGN", Stage.FINANCING, "energia-condivisa", 16),
            new Plan("Condominio Vettabbia 40", "Via Vettabbia 40", "CO_DESIGN", Stage.ASSEMBLY, "", 10),
            new Plan("Condominio Bazzi 47", "Via Carlo Bazzi 47", "CO_DESIGN", Stage.WORKSHOPS, "", 5),
            new Plan("Condominio Cinquecento 54", "Via dei Cinquecento 54", "CONVENTIONAL", Stage.WORKS, "calore-verde", 28),
            new Plan("Condominio Noto 61", "Via Noto 61", "CONVENTIONAL", Stage.ASSEMBLY, "", 20),
            new Plan("Condominio Ripamonti 68", "Via Ripamonti 68", "CONVENTIONAL", Stage.DROPPED, "", 18),
            new Plan("Condominio Brembo 75", "Via Brembo 75", "CONVENTIONAL", Stage.AUDIT, "", 6));

    private static final String[] OWNERS = {"Rossi", "Bianchi", "Colombo", "Ferrari", "Russo", "Romano", "Gallo", "Conti", "Esposito",
            "Ricci", "Marino", "Greco"};

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
            try (var st = db.createStatement()) {
                st.execute("select set_config('platform.cities', 'milan', true), set_config('platform.partner', '', true)");
                try (ResultSet rs = st.executeQuery("select 1 from condominium where city_code = 'milan' limit 1")) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            LocalDate today = LocalDate.now();
            for (int i = 0; i < PLANS.size(); i++) {
                create(db, PLANS.get(i), i, today);
            }
            db.commit();
            LOG.info("demo: " + PLANS.size() + " Milan condominiums made");
        } catch (SQLException e) {
            LOG.warning("demo condominiums could not be made: " + e.getMessage());
        }
    }

    private static void create(Connection db, Plan plan, int n, LocalDate today) throws SQLException {
        long id = insertReturningId(db, """
                        insert into condominium (city_code, name, address, administrator, path, esco_organisation, stage, building_id)
                        values ('milan', ?, ?, ?, ?, ?, ?, (select id from building where city_code = 'milan' and address = ? and use = 'RESIDENTIAL')) returning id""",
                plan.name(), plan.street() + ", 20139 Milano", n % 2 == 0 ? "Studio Amministrazioni Lodi" : "Gestioni Condominiali Corvetto",
                plan.path(), plan.esco(), plan.stage().name(), plan.street()); // the demo's buildings of the same street and number
        List<Long> units = units(db, id, 8 + n % 5, today.minusMonths(plan.monthsAgo()).plusDays(10), plan.path().equals("CO_DESIGN"));
        stages(db, id, plan, today);
        boolean codesign = plan.path().equals("CO_DESIGN");
        if (codesign && reached(plan.stage(), Stage.WORKSHOPS)) {
            LocalDate first = today.minusMonths(plan.monthsAgo()).plusMonths(3);
            workshop(db, id, first, "Energy audit results and what the building needs", units.subList(0, units.size() * 2 / 3));
            workshop(db, id, first.plusWeeks(3), "Packages of measures, costs and incentives", units.subList(1, units.size() - 1));
        }
        if (reached(plan.stage(), Stage.AUDIT)) {
            long deep = insertReturningId(db, """
                            insert into retrofit_option (condominium_id, city_code, name, measures, cost_eur, expected_savings_pct, incentives_eur,
                                                         financing, annual_saving_eur)
                            values (?, 'milan', 'Deep package', 'external insulation (ETICS), windows, heat pump, smart controls', ?, 58, ?, 'EPC', ?)
                            returning id""", id, 820_000 + 40_000 * n, 540_000 + 20_000 * n, 36_000 + 1_500 * n);
            insertReturningId(db, """
                            insert into retrofit_option (condominium_id, city_code, name, measures, cost_eur, expected_savings_pct, incentives_eur,
                                                         financing, annual_saving_eur)
                            values (?, 'milan', 'Light package', 'roof insulation, thermostatic valves, heat metering', ?, 18, ?, 'TAX_CREDIT_TRANSFER', ?)
                            returning id""", id, 160_000 + 10_000 * n, 104_000, 11_000 + 500 * n);
            if (plan.stage() == Stage.ASSEMBLY || reached(plan.stage(), Stage.FINANCING)) {
                assembly(db, id, units, deep, today.minusMonths(Math.max(1, plan.monthsAgo() - 8)), plan.stage() != Stage.ASSEMBLY);
            }
        }
    }

    /** Units with millesimi adding up to exactly 1,000; the first owner holds two flats. */
    private static List<Long> units(Connection db, long condominium, int count, LocalDate consent, boolean codesign) throws SQLException {
        List<Long> ids = new ArrayList<>();
        int[] shares = new int[count];
        int total = 0;
        for (int u = 0; u < count; u++) {
            shares[u] = 80 + 23 * ((u * 7) % 5);
            total += shares[u];
        }
        double scale = 1000.0 / total;
        double assigned = 0;
        for (int u = 0; u < count; u++) {
            double m = u == count - 1 ? Math.round((1000 - assigned) * 1000) / 1000.0 : Math.round(shares[u] * scale * 1000) / 1000.0;
            assigned += m;
            String owner = "Famiglia " + OWNERS[u == 1 ? 0 : u % OWNERS.length]; // the first family owns two flats
            ids.add(insertReturningId(db, """
                            insert into condominium_unit (condominium_id, city_code, label, owner_name, millesimi, consent_on)
                            values (?, 'milan', ?, ?, ?, ?) returning id""",
                    condominium, "Int. " + (u + 1), owner, m, codesign || u % 2 == 0 ? Date.valueOf(consent.plusDays(u)) : null));
        }
        return ids;
    }

    private static void stages(Connection db, long id, Plan plan, LocalDate today) throws SQLException {
        LocalDate day = today.minusMonths(plan.monthsAgo());
        List<Stage> way = Stage.way();
        boolean dropped = plan.stage() == Stage.DROPPED;
        Stage last = dropped ? Stage.ASSEMBLY : plan.stage();
        boolean codesign = plan.path().equals("CO_DESIGN");
        for (Stage s : way) {
            if (s == Stage.WORKSHOPS && !codesign) {
                continue;
            }
            insert(db, "insert into condominium_stage (condominium_id, city_code, stage, entered_on) values (?, 'milan', ?, ?)", id, s.name(), Date.valueOf(day));
            if (s == last) {
                break;
            }
            // co-design spends longer before the vote and less after it: owners arrive at the assembly convinced
            day = day.plusDays(switch (s) {
                case CONTACT -> 40;
                case AUDIT -> 60;
                case WORKSHOPS -> 75;
                case ASSEMBLY -> codesign ? 45 : 120;
                case FINANCING -> codesign ? 70 : 150;
                case WORKS -> 180;
                default -> 120;
            });
        }
        if (dropped) {
            insert(db, "insert into condominium_stage (condominium_id, city_code, stage, entered_on, note) values (?, 'milan', 'DROPPED', ?, ?)",
                    id, Date.valueOf(day.plusDays(30)), "The assembly rejected the works in second call.");
        }
    }

    private static void workshop(Connection db, long condominium, LocalDate on, String topic, List<Long> attending) throws SQLException {
        long id = insertReturningId(db, "insert into workshop (condominium_id, city_code, held_on, topic) values (?, 'milan', ?, ?) returning id",
                condominium, Date.valueOf(on), topic);
        for (long unit : attending) {
            insert(db, "insert into workshop_attendance (workshop_id, unit_id, city_code) values (?, ?, 'milan')", id, unit);
        }
    }

    /** An assembly on the deep package: most units present, most in favour; closed minutes when the condominium has moved on. */
    private static void assembly(Connection db, long condominium, List<Long> units, long option, LocalDate on, boolean closed) throws SQLException {
        long id = insertReturningId(db, """
                        insert into assembly (condominium_id, city_code, held_on, convocation, majority_rule) values (?, 'milan', ?, 'SECOND', 'SUPERBONUS')
                        returning id""", condominium, Date.valueOf(on));
        for (int u = 0; u < units.size(); u++) {
            boolean present = u < units.size() - 2;
            insert(db, "insert into assembly_vote (assembly_id, city_code, unit_id, choice, recorded_by) values (?, 'milan', ?, ?, 'demo')",
                    id, units.get(u), present ? "PRESENT" : "ABSENT");
            if (present && closed) {
                insert(db, "insert into assembly_vote (assembly_id, city_code, unit_id, option_id, choice, recorded_by) values (?, 'milan', ?, ?, ?, 'demo')",
                        id, units.get(u), option, u == 1 || u == 0 ? "IN_FAVOUR" : u % 4 == 3 ? "AGAINST" : u % 5 == 4 ? "ABSTAIN" : "IN_FAVOUR");
            }
        }
        if (closed) {
            insert(db, "update assembly set minutes_closed_at = ?::date + time '21:00', closed_by = 'demo' where id = ?", Date.valueOf(on), id);
        }
    }

    private static boolean reached(Stage stage, Stage wanted) {
        return stage != Stage.DROPPED && Stage.way().indexOf(stage) >= Stage.way().indexOf(wanted)
                || stage == Stage.DROPPED && Stage.way().indexOf(wanted) <= Stage.way().indexOf(Stage.ASSEMBLY);
    }

    private static long insertReturningId(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement st = prepare(db, sql, values); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement st = prepare(db, sql, values)) {
            st.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... values) throws SQLException {
        PreparedStatement st = db.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            st.setObject(i + 1, values[i]);
        }
        return st;
    }
}

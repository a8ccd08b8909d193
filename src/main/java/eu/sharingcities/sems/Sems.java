package eu.sharingcities.sems;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static eu.sharingcities.api.FieldCheck.require;
import static eu.sharingcities.api.FieldCheck.text;

/**
 * What people do with a city's SEMS: see its settings, strategies and control cycles; operators
 * switch strategies between recommending and acting and schedule demand-response events; city
 * administrators change configurations. Every change is audited.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class Sems {

    static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** One control cycle as logged. */
    public record Cycle(Instant at, String inputs, String decisions, String commands) {
    }

    /** The district's measured saving against the goal, or why it cannot be measured yet. */
    public record Savings(LocalDate goLive, int reportingDays, Double savingsPercent, Double uncertaintyPercent90, double goalPercent,
                          List<String> reasons) {
    }

    public Savings savings(String city) {
        DistrictSettings settings = settings(city);
        return jdbc(db -> {
            DistrictDays days = DistrictDays.read(db, city, settings.goLive().minusDays(400));
            java.time.LocalDate yesterday = java.time.LocalDate.now(days.zone()).minusDays(1);
            int reporting = (int) days.energyKwh().keySet().stream().filter(d -> !d.isBefore(settings.goLive()) && !d.isAfter(yesterday)).count();
            return switch (DistrictSavings.measure(days.energyKwh(), days.meanTemperatureC(), settings.goLive(), yesterday)) {
                case eu.sharingcities.buildings.mv.MeasurementAndVerification.Measured m -> new Savings(settings.goLive(), reporting,
                        m.report().savingsPercent(), m.report().fractionalUncertainty90() * 100, DistrictSavings.GOAL_PERCENT, List.of());
                case eu.sharingcities.buildings.mv.MeasurementAndVerification.Insufficient i -> new Savings(settings.goLive(), reporting, null, null,
                        DistrictSavings.GOAL_PERCENT, i.reasons());
            };
        });
    }

    /** The district now, from the newest values. */
    public DistrictState district(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> DistrictReader.read(db, city, Instant.now()));
    }

    /** What each strategy decided in a cycle. */
    public static List<SemsController.Decision> decisions(Cycle cycle) {
        return List.of(JSON.fromJson(cycle.decisions(), SemsController.Decision[].class));
    }

    public DistrictSettings settings(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> SemsRows.settings(db, city));
    }

    public List<StoredStrategy> strategies(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> SemsRows.strategies(db, city));
    }

    public List<Cycle> cycles(String city, int limit) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> {
            List<Cycle> cycles = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement(
                    "select at, inputs, decisions, commands from sems_cycle where city_code = ? order by at desc limit ?")) {
                st.setString(1, city);
                st.setInt(2, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        cycles.add(new Cycle(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return cycles;
        });
    }

    /** Operators let a strategy act (send commands) or only recommend; switching it off stops it. */
    public void setMode(String city, StrategyKind kind, Mode mode, boolean enabled) {
        currentUser.require(Role.OPERATOR, city);
        StoredStrategy before = stored(city, kind);
        update(city, kind, "mode = ?, enabled = ?", mode.name(), enabled);
        audit.record(city, "sems.mode", "sems/" + kind, before.mode() + (before.enabled() ? "" : " (off)"), mode + (enabled ? "" : " (off)"));
    }

    /** City administrators replace a strategy's configuration; it is checked before it is stored. */
    public void setConfig(String city, StrategyKind kind, String config) {
        currentUser.require(Role.CITY_ADMIN, city);
        require(text(config), "config", "the strategy's configuration as JSON, like " + JSON.toJson(kind.defaults()));
        kind.strategy(JSON, config); // refuses a wrong one with what is wrong
        StoredStrategy before = stored(city, kind);
        update(city, kind, "config = ?", config.trim());
        audit.record(city, "sems.config", "sems/" + kind, before.config(), config.trim());
    }

    /** Operators schedule a demand-response event; the strategy pre-heats before it and cuts during it. */
    public void addEvent(String city, Instant start, Duration length, double requestedKw, String reference) {
        currentUser.require(Role.OPERATOR, city);
        require(start != null && start.isAfter(Instant.now().minusSeconds(60)), "start", "when the event begins, now or later");
        require(length != null && !length.isNegative() && !length.isZero() && length.compareTo(Duration.ofHours(12)) <= 0, "minutes",
                "how long the event lasts, 1 minute to 12 hours");
        require(requestedKw > 0, "requestedKw", "the load to cut in kW, more than 0");
        StoredStrategy dr = stored(city, StrategyKind.DEMAND_RESPONSE);
        DemandResponse.Config config = JSON.fromJson(dr.config(), DemandResponse.Config.class);
        List<DemandResponse.Event> kept = config.events().stream().filter(e -> e.end().isAfter(Instant.now().minus(Duration.ofDays(7)))).toList();
        DemandResponse.Config with = new DemandResponse.Config(kept, config.maxOffsetK(), config.preheatMinutes(), config.preheatOffsetK())
                .with(new DemandResponse.Event(start, start.plus(length), requestedKw, text(reference) ? reference.trim() : "DR " + start));
        update(city, StrategyKind.DEMAND_RESPONSE, "config = ?", JSON.toJson(with));
        audit.record(city, "sems.event", "sems/DEMAND_RESPONSE", null, requestedKw + " kW from " + start + " for " + length.toMinutes() + " min");
    }

    private StoredStrategy stored(String city, StrategyKind kind) {
        return strategies(city).stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kind: " + city + " has no " + kind + " strategy."));
    }

    private void update(String city, StrategyKind kind, String set, Object... values) {
        jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement("update sems_strategy set " + set + ", changed_by = ?, changed_at = now() "
                    + "where city_code = ? and kind = ?")) {
                int i = 1;
                for (Object value : values) {
                    st.setObject(i++, value);
                }
                st.setString(i++, currentUser.username());
                st.setString(i++, city);
                st.setString(i, kind.name());
                return st.executeUpdate();
            }
        });
    }

    private <T> T jdbc(TransactionJdbc.Work<T> work) {
        return TransactionJdbc.run(em, work);
    }
}

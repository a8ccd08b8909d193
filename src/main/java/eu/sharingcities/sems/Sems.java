package eu.sharingcities.sems;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.telemetry.PointGroups;
import eu.sharingcities.telemetry.Resolution;
import eu.sharingcities.telemetry.SeriesPoint;
import eu.sharingcities.text.FieldCheck;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
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
import java.util.Map;

import static eu.sharingcities.text.FieldCheck.require;
import static eu.sharingcities.text.FieldCheck.text;

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

    /**
     * The district's measured saving against the goal, or why it cannot be measured yet: on the
     * buildings of SEMS's measurement boundary (those it acts on, less those retrofitted in its
     * baseline or reporting period, listed with why), heat and electricity added as metered, with
     * each carrier's own figure, over the period said in words (annual once SEMS has run a year)
     * that ends on {@code reportingEnd}, the last whole day (yesterday in the city).
     */
    public record Savings(LocalDate goLive, Message reportingPeriod, LocalDate reportingEnd, boolean annual, int reportingDays,
                          Double savingsPercent, Double uncertaintyPercent90, double goalPercent, List<Message> reasons, List<String> buildings,
                          @JsonbTypeAdapter(Message.InEnglishByKey.class) java.util.Map<String, Message> excluded, List<CarrierSavings> byCarrier) {
    }

    /** One carrier's saving over the same period and buildings, or why it has none. */
    public record CarrierSavings(String carrier, Double savingsPercent, Double uncertaintyPercent90, Double avoidedKwh, List<Message> reasons) {
    }

    @Inject
    eu.sharingcities.buildings.Buildings buildingsService;

    @Inject
    eu.sharingcities.city.Cities cities;

    public Savings savings(String city) {
        DistrictSettings settings = settings(city);
        java.util.Map<String, List<eu.sharingcities.buildings.RetrofitProject>> retrofits = buildingsService.retrofits(city);
        return jdbc(db -> {
            DistrictDays days = DistrictDays.read(db, city, settings.goLive().minusDays(400));
            LocalDate yesterday = LocalDate.now(days.zone()).minusDays(1);
            List<String> actedOn = DistrictReader.read(db, city, Instant.now()).buildings().stream().map(BuildingState::code).toList();
            SemsBoundary boundary = SemsBoundary.of(actedOn, retrofits, settings.goLive(), yesterday);
            DistrictSavings.Result result = DistrictSavings.measure(days, boundary, settings.goLive(), yesterday);
            List<CarrierSavings> byCarrier = result.byCarrier().stream().map(c -> carrierSavings(c.carrier().name(), c.outcome())).toList();
            CarrierSavings delivered = carrierSavings("DELIVERED", result.delivered().outcome());
            return new Savings(settings.goLive(), result.period(), result.reportingTo(), result.annual(), result.reportingDays(),
                    delivered.savingsPercent(), delivered.uncertaintyPercent90(), DistrictSavings.GOAL_PERCENT, delivered.reasons(),
                    boundary.buildings(), boundary.excluded(), byCarrier);
        });
    }

    private static CarrierSavings carrierSavings(String carrier, eu.sharingcities.buildings.mv.MeasurementAndVerification.Outcome outcome) {
        return switch (outcome) {
            case eu.sharingcities.buildings.mv.MeasurementAndVerification.Measured m -> new CarrierSavings(carrier, m.report().savingsPercent(),
                    m.report().fractionalUncertainty90() * Math.abs(m.report().savingsPercent()), m.report().avoidedKwh(), List.of());
            case eu.sharingcities.buildings.mv.MeasurementAndVerification.Insufficient i -> new CarrierSavings(carrier, null, null, null, i.reasons());
        };
    }

    /** Each demand-response event that has begun: what it delivered against its customer baseline and the kW requested, and its rebound. */
    public List<EventReport> eventReports(String city) {
        currentUser.require(Role.VIEWER, city);
        DemandResponse response = (DemandResponse) stored(city, StrategyKind.DEMAND_RESPONSE).strategy();
        java.time.ZoneId zone = cities.find(city).orElseThrow().zone();
        return jdbc(db -> SemsEvents.reports(db, city, zone, response, Instant.now()));
    }

    /** The district now, from the newest values. */
    public DistrictState district(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> DistrictReader.read(db, city, Instant.now()));
    }

    /**
     * The district's heat load (the sum of its buildings' heat power, kW) over [from, to) at a
     * rollup resolution, from the district's own rollup: a year at hourly resolution is one read.
     */
    public List<SeriesPoint> load(String city, Resolution resolution, Instant from, Instant to) {
        currentUser.require(Role.VIEWER, city);
        FieldCheck.require(resolution != Resolution.RAW, "resolution", "15min, hour or day: the load comes from the district's rollup");
        FieldCheck.require(from.isBefore(to), "from", "before to");
        return jdbc(db -> PointGroups.series(db, city, DistrictLoad.GROUP, resolution, from, to));
    }

    /** What each strategy decided in a cycle. */
    public static List<SemsController.Decision> decisions(Cycle cycle) {
        return List.of(JSON.fromJson(cycle.decisions(), SemsController.Decision[].class));
    }

    /** What a cycle sent to the controllers and what it only recommended (strategies in advice mode), by building. */
    public record CycleCommands(List<SemsController.Change> sent, Map<String, Double> recommended) {
    }

    public static CycleCommands commands(Cycle cycle) {
        CycleCommands read = JSON.fromJson(cycle.commands(), CycleCommands.class);
        return new CycleCommands(read.sent() == null ? List.of() : read.sent(), read.recommended() == null ? Map.of() : read.recommended());
    }

    public DistrictSettings settings(String city) {
        currentUser.requireOrSystem(Role.VIEWER, city);
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
        require(start != null && start.isAfter(Instant.now().minusSeconds(60)), "start", Message.of("sems.refused.start"));
        require(length != null && !length.isNegative() && !length.isZero() && length.compareTo(Duration.ofHours(12)) <= 0, "minutes",
                Message.of("sems.refused.length"));
        require(requestedKw > 0, "requestedKw", Message.of("sems.refused.requestedKw"));
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
                .orElseThrow(() -> new NotFound(city + " has no " + kind + " strategy."));

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

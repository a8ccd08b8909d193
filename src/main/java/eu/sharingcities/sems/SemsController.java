package eu.sharingcities.sems;

import eu.sharingcities.commands.Command;
import eu.sharingcities.commands.Commands;
import eu.sharingcities.commands.WritablePoint;
import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.text.Message;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The control cycle, every {@code platform.sems.cycle-seconds} for each city with strategies: reads
 * the district, asks every enabled strategy, composes their proposals, sends the commands of the
 * strategies that act (through the command path: limits, audit, read-back), logs what the others
 * recommend, and stores the whole cycle. A building a strategy changed goes back to the normal
 * setpoint once no acting strategy wants it changed any more.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SemsController {

    private static final Logger LOG = Logger.getLogger(SemsController.class.getName());
    /** A change's status when the building's setpoint has no write limits; else the command's status. */
    static final String NOT_WRITABLE = "NOT_WRITABLE";
    private static final double DEADBAND_K = 0.1;

    @Inject
    @ConfigProperty(name = "platform.sems.cycle-seconds", defaultValue = "60")
    int cycleSeconds;

    @Inject
    DirectConnections database;

    @Inject
    Commands commands;

    /** Each city's language, for the reasons its operators read in the command log. */
    private final Map<String, Locale> languages = new ConcurrentHashMap<>();

    /** Per city, the buildings whose setpoint a strategy changed and has not restored yet. */
    private final Map<String, Set<String>> changed = new ConcurrentHashMap<>();
    /** A managed executor: the cycle calls transactional services, which need the application's context on their thread. */
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;

    private final List<java.util.concurrent.ScheduledFuture<?>> scheduled = new ArrayList<>();

    /**
     * One strategy's decision in a cycle, as the cycle log keeps it: {@code explanation} in English
     * (the log, the REST API, a command's reason) and {@code why} to say it in a page's language.
     */
    public record Decision(String kind, String mode, String status, String explanation, Why why) {

        /** A message as the log stores it (JSON-B reads its arguments back as text and numbers). */
        public record Why(String key, List<Object> arguments) {

            public Message message() {
                return new Message(key, arguments);
            }
        }

        /** What the decision says in {@code locale}; a cycle logged before decisions kept their message says it in English. */
        public String explanation(Locale locale) {
            return why == null ? explanation : why.message().in(locale);
        }
    }

    public record Change(String building, String point, double from, double to, String status, Double readBack, String message) {
    }

    @PostConstruct
    void start() {
        scheduled.add(scheduler.scheduleWithFixedDelay(this::cycleAll, cycleSeconds, cycleSeconds, TimeUnit.SECONDS));
        scheduled.add(scheduler.scheduleWithFixedDelay(this::forgetOldCycles, 1, 24 * 60, TimeUnit.MINUTES));
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(f -> f.cancel(true));
    }

    private void cycleAll() {
        try (Connection db = database.open()) {
            List<StoredStrategy> all = SemsRows.strategies(db, null);
            for (String city : all.stream().map(StoredStrategy::cityCode).distinct().toList()) {
                try {
                    cycle(db, city, all.stream().filter(s -> s.cityCode().equals(city) && s.enabled()).toList());
                } catch (RuntimeException e) {
                    LOG.warning("SEMS " + city + ": the cycle failed, the next one tries again: " + e.getMessage());
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warning("SEMS: the cycle failed, the next one tries again: " + e.getMessage());
        }
    }

    private void cycle(Connection db, String city, List<StoredStrategy> strategies) throws SQLException {
        DistrictLoad.keepGroup(db, city);
        DistrictState state = DistrictReader.read(db, city, Instant.now());
        if (state.buildings().isEmpty()) {
            return;
        }
        DistrictSettings settings = SemsRows.settings(db, city);
        state = state.withBaseline(baselineNow(db, city, state, strategies));
        List<Planner.Planned> everyone = new ArrayList<>(), acting = new ArrayList<>();
        List<String> actingNames = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (StoredStrategy stored : strategies) {
            Strategy strategy = stored.strategy();
            Proposal proposal = strategy.propose(state, settings);
            everyone.add(new Planner.Planned(strategy, proposal));
            if (stored.mode() == Mode.ACT) {
                acting.add(new Planner.Planned(strategy, proposal));
                actingNames.add(stored.kind().slug());
            }
            decisions.add(new Decision(stored.kind().name(), stored.mode().name(), proposal.status(), proposal.explanation().english(),
                    new Decision.Why(proposal.explanation().key(), proposal.explanation().arguments())));
        }
        Map<String, Double> recommended = Planner.targets(state, settings, everyone);
        Map<String, Double> acted = Planner.targets(state, settings, acting);
        Set<String> touched = changed.computeIfAbsent(city, c -> ConcurrentHashMap.newKeySet());
        String by = String.join("+", actingNames);
        List<Change> sent = new ArrayList<>();
        Map<String, Double> recommendations = new LinkedHashMap<>();
        for (BuildingState b : state.buildings()) {
            boolean wanted = acting.stream().anyMatch(p -> p.proposal().setpoints().containsKey(b.code()) || p.proposal().offsets().containsKey(b.code()));
            double target = wanted ? acted.get(b.code()) : settings.normalSetpointC();
            if (wanted || touched.contains(b.code())) {
                if (Math.abs(target - b.setpointC()) >= DEADBAND_K) {
                    send(city, b, target, wanted ? by : "restore", decisions).ifPresent(sent::add);
                    touched.add(b.code());
                } else if (!wanted) {
                    touched.remove(b.code()); // back where it was
                }
            }
            double advice = recommended.get(b.code());
            if (Math.abs(advice - b.setpointC()) >= DEADBAND_K && Math.abs(advice - target) >= DEADBAND_K) {
                recommendations.put(b.code(), advice);
            }
        }
        log(db, city, state, decisions, sent, recommendations);
    }

    /** During a demand-response event, the district's customer baseline load for this interval (null when none can be made). */
    private static Double baselineNow(Connection db, String city, DistrictState state, List<StoredStrategy> strategies) throws SQLException {
        Optional<DemandResponse> response = strategies.stream().filter(s -> s.kind() == StrategyKind.DEMAND_RESPONSE && s.enabled())
                .map(s -> (DemandResponse) s.strategy()).findFirst();
        if (response.isEmpty() || response.get().running(state.at()).isEmpty()) {
            return null;
        }
        java.time.LocalDate today = state.local().toLocalDate();
        int interval = DistrictLoad.interval(state.at(), state.zone());
        Map<java.time.LocalDate, double[]> profiles = DistrictLoad.profiles(db, city, state.zone(), today.minusDays(45), today.minusDays(1));
        return CustomerBaseline.of(profiles, SemsEvents.days(response.get(), state.zone()), today, interval, interval + 1).map(b -> b[0]).orElse(null);
    }

    private Locale language(String city) {
        try (Connection db = database.open(); PreparedStatement st = db.prepareStatement("select language from city where code = ?")) {
            st.setString(1, city);
            try (var rs = st.executeQuery()) {
                return rs.next() ? Locale.forLanguageTag(rs.getString(1)) : Locale.ENGLISH;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the language of " + city + " cannot be read", e);
        }
    }

    private Optional<Change> send(String city, BuildingState b, double target, String strategies, List<Decision> decisions) {
        String point = b.setpointPoint();
        Optional<WritablePoint> writable = commands.writablePointForStrategy(city, point);
        if (writable.isEmpty()) {
            return Optional.of(new Change(b.code(), point, b.setpointC(), target, NOT_WRITABLE, null, "the point has no write limits in the configuration"));
        }
        double step = writable.get().limits().maxStep();
        double value = Math.abs(target - b.setpointC()) > step ? b.setpointC() + Math.signum(target - b.setpointC()) * step : target;
        // the reason is what the city's operators read in the command log: in the city's language
        Locale language = languages.computeIfAbsent(city, this::language);
        String reason = "SEMS " + strategies + ": " + String.join("; ", decisions.stream().filter(d -> d.mode().equals("ACT"))
                .map(d -> d.explanation(language)).toList());
        Command command = commands.sendForStrategy(city, new Commands.Request(point, value, reason.length() > 500 ? reason.substring(0, 500) : reason),
                strategies);
        return Optional.of(new Change(b.code(), point, b.setpointC(), value, command.status().name(), command.readBack(), command.message().english()));
    }

    private static void log(Connection db, String city, DistrictState state, List<Decision> decisions, List<Change> sent,
                            Map<String, Double> recommendations) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("insert into sems_cycle (city_code, at, inputs, decisions, commands) values (?, ?, ?, ?, ?)")) {
            st.setString(1, city);
            st.setTimestamp(2, Timestamp.from(state.at()));
            st.setString(3, Sems.JSON.toJson(state));
            st.setString(4, Sems.JSON.toJson(decisions));
            st.setString(5, Sems.JSON.toJson(Map.of("sent", sent, "recommended", recommendations)));
            st.executeUpdate();
        }
    }

    private void forgetOldCycles() {
        try (Connection db = database.open(); var st = db.createStatement()) {
            st.executeUpdate("delete from sems_cycle where at < now() - interval '90 days'");
        } catch (SQLException e) {
            LOG.warning("SEMS: old cycles could not be removed: " + e.getMessage());
        }
    }
}

package eu.sharingcities.alarms;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.ingest.EndpointState;
import eu.sharingcities.ingest.EndpointStatus;
import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.ingest.Reading;
import eu.sharingcities.telemetry.PointHistory;
import eu.sharingcities.telemetry.PointId;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Watches the platform for its alarm rules: the readings of watched points (tapped from ingestion,
 * handed over through a bounded queue so ingestion never waits), the endpoints' states, and the
 * passing of time, once a second on one thread. Raised and cleared alarms are stored with their
 * history; a condition that is still active after a restart continues its open alarm.
 */
@Startup
@Singleton
@DependsOn("DemoAlarmRules") // which depends on IngestionStartup; naming both is a cycle to Payara's EJB container
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlarmMonitor {

    private static final Logger LOG = Logger.getLogger(AlarmMonitor.class.getName());

    @Inject
    DirectConnections database;

    @Inject
    Ingestion ingestion;

    @Inject
    AlarmBroadcaster broadcaster;

    @Inject
    AlarmMail mail;

    @Inject
    MeterRegistry metrics;

    private final BlockingQueue<Reading> readings = new ArrayBlockingQueue<>(100_000);
    private final AtomicLong dropped = new AtomicLong();
    private final Map<String, Boolean> endpointsUp = new HashMap<>();
    private volatile Set<Integer> watched = Set.of();
    private volatile boolean reloadRequested = true;
    private volatile Instant lastCycle = Instant.now();
    private int failedCycles;
    private AlarmEngine engine = new AlarmEngine(List.of(), Instant.now());
    private ScheduledExecutorService worker;

    private final java.util.function.Consumer<Reading> tap = reading -> {
        if (watched.contains(reading.pointId()) && !readings.offer(reading)) {
            dropped.incrementAndGet();
        }
    };

    @PostConstruct
    void start() {
        ingestion.tapReadings(tap);
        // an alarm system that stops is an alarm in itself: monitoring outside the platform watches this
        Gauge.builder("alarm_monitor_seconds_since_cycle", this, m -> Duration.between(m.lastCycle, Instant.now()).toSeconds()).register(metrics);
        worker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("alarm-monitor").daemon().factory());
        worker.scheduleWithFixedDelay(this::cycle, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        ingestion.untapReadings(tap);
        worker.shutdownNow();
    }

    /** The rules changed and the change is committed: the next cycle reads them again. */
    public void reload(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) Alarms.RulesChanged changed) {
        reloadRequested = true;
    }

    private void cycle() {
        try (Connection db = database.open()) {
            db.setAutoCommit(false);
            try (var st = db.createStatement()) {
                st.execute("select set_config('platform.cities', '*', false)"); // the monitor works for every city
            }
            List<AlarmChange> changes = new ArrayList<>();
            if (reloadRequested) {
                reloadRequested = false;
                List<AlarmRule> rules = AlarmRules.enabled(db);
                engine = new AlarmEngine(rules, Instant.now());
                engine.resume(AlarmRules.withActiveAlarm(db));
                endpointsUp.clear();
                Set<Integer> suppressing = rules.stream().map(AlarmRule::suppression).filter(p -> p != null).map(AlarmRule.Suppression::pointId)
                        .collect(Collectors.toUnmodifiableSet());
                watched = java.util.stream.Stream.concat(rules.stream().map(AlarmRule::pointId).filter(p -> p != null), suppressing.stream())
                        .collect(Collectors.toUnmodifiableSet());
                // the points that suppress rules by design first: a rule whose plant is off is not judged at all
                List<Reading> newest = new ArrayList<>(latest(db, watched));
                newest.sort(java.util.Comparator.comparing(r -> !suppressing.contains(r.pointId())));
                for (Reading r : newest) {
                    changes.addAll(engine.latest(r.pointId(), sourceTime(r), r.value()));
                }
            }
            List<Reading> batch = new ArrayList<>();
            readings.drainTo(batch);
            for (Reading r : batch) {
                if (judged(r)) {
                    changes.addAll(engine.value(r.pointId(), sourceTime(r), r.value()));
                }
            }
            Instant now = Instant.now();
            for (String city : ingestion.cityCodes()) {
                ingestion.status(city).ifPresent(status -> status.endpoints().forEach(e -> endpoint(e, now, changes)));
            }
            changes.addAll(engine.tick(now));
            List<AlarmChange> stored = AlarmRows.applyAll(db, changes);
            db.commit();
            lastCycle = Instant.now();
            if (failedCycles > 0) {
                LOG.info("alarms: cycles work again after " + failedCycles + " failed");
                failedCycles = 0;
            }
            AlarmChange.log(stored);
            stored.stream().map(c -> c.rule().cityCode()).distinct().forEach(broadcaster::changed);
            Set<Long> shelved = AlarmRules.shelvedNow(db, stored.stream().map(c -> c.rule().id()).toList());
            mail.raised(stored.stream().filter(c -> !shelved.contains(c.rule().id())).toList()); // a shelved alarm is not annunciated
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                LOG.warning("alarms: " + lost + " readings of watched points were not evaluated (the queue was full)");
            }
        } catch (SQLException | RuntimeException e) {
            // the engine has taken this cycle's changes as done; rebuilt from the stored alarms, it raises or clears them again
            reloadRequested = true;
            failedCycles++;
            if (failedCycles == 1) { // during an outage of PostgreSQL every cycle fails alike: say it once, and again when it ends
                LOG.log(Level.WARNING, "alarms: a cycle failed, the next one starts again from the stored alarms", e);
            } else if (failedCycles % 60 == 0) {
                LOG.warning("alarms: " + failedCycles + " cycles in a row failed, the latest: " + e.getMessage());
            }
        }
    }

    /** A good reading is what the rules judge (a bad-quality value is the stale and communication rules' business). */
    private static boolean judged(Reading r) {
        return r.isGood();
    }

    private static Instant sourceTime(Reading r) {
        return Instant.ofEpochSecond(0, r.epochMicros() * 1000);
    }

    /** The newest stored value of each watched point, good ones only. */
    private static List<Reading> latest(Connection db, Set<Integer> points) throws SQLException {
        return PointHistory.newest(db, points.stream().map(PointId::new).toList()).stream()
                .map(n -> new Reading(n.pointId().value(), n.epochMicros(), n.value(), n.status()))

                .filter(AlarmMonitor::judged).toList();
    }

    private void endpoint(EndpointStatus e, Instant now, List<AlarmChange> changes) {
        boolean up = e.state() == EndpointState.CONNECTED || e.state() == EndpointState.ELSEWHERE || e.state() == EndpointState.STOPPED;
        String key = AlarmRules.endpointKey(e.cityCode(), e.endpointId());
        engine.heldElsewhere(key, e.state() == EndpointState.ELSEWHERE, now);
        Boolean before = endpointsUp.put(key, up);
        if (before == null || before != up) {
            changes.addAll(engine.endpoint(key, up, now));
        }
    }
}

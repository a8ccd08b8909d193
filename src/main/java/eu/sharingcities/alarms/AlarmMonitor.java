package eu.sharingcities.alarms;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.ingest.EndpointState;
import eu.sharingcities.ingest.EndpointStatus;
import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.ingest.Reading;
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
    private static final int GOOD_MASK = 0xC0000000;

    @Inject
    DirectConnections database;

    @Inject
    Ingestion ingestion;

    @Inject
    AlarmBroadcaster broadcaster;

    @Inject
    AlarmMail mail;

    private final BlockingQueue<Reading> readings = new ArrayBlockingQueue<>(100_000);
    private final AtomicLong dropped = new AtomicLong();
    private final Map<String, Boolean> endpointsUp = new HashMap<>();
    private volatile Set<Integer> watched = Set.of();
    private volatile boolean reloadRequested = true;
    private AlarmEngine engine = new AlarmEngine(List.of(), Instant.now());
    private ScheduledExecutorService worker;

    @PostConstruct
    void start() {
        ingestion.tapReadings(reading -> {
            if (watched.contains(reading.pointId()) && !readings.offer(reading)) {
                dropped.incrementAndGet();
            }
        });
        worker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("alarm-monitor").daemon().factory());
        worker.scheduleWithFixedDelay(this::cycle, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        ingestion.tapReadings(reading -> { });
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
            if (reloadRequested) {
                reloadRequested = false;
                List<AlarmRule> rules = AlarmRules.enabled(db);
                engine = new AlarmEngine(rules, Instant.now());
                engine.resume(AlarmRules.withActiveAlarm(db));
                endpointsUp.clear();
                watched = rules.stream().map(AlarmRule::pointId).filter(p -> p != null).collect(Collectors.toUnmodifiableSet());
            }
            List<AlarmChange> changes = new ArrayList<>();
            List<Reading> batch = new ArrayList<>();
            readings.drainTo(batch);
            for (Reading r : batch) {
                if ((r.status() & GOOD_MASK) == 0 && Double.isFinite(r.value())) {
                    changes.addAll(engine.value(r.pointId(), Instant.ofEpochSecond(0, r.epochMicros() * 1000), r.value()));
                }
            }
            Instant now = Instant.now();
            for (String city : ingestion.cityCodes()) {
                ingestion.status(city).ifPresent(status -> status.endpoints().forEach(e -> endpoint(e, now, changes)));
            }
            changes.addAll(engine.tick(now));
            List<AlarmChange> raised = new ArrayList<>();
            for (AlarmChange change : changes) {
                if (AlarmRows.apply(db, change)) {
                    raised.add(change);
                }
            }
            db.commit();
            changes.stream().map(c -> c.rule().cityCode()).distinct().forEach(broadcaster::changed);
            mail.raised(raised);
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                LOG.warning("alarms: " + lost + " readings of watched points were not evaluated (the queue was full)");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warning("alarms: a cycle failed, the next one tries again: " + e.getMessage());
        }
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

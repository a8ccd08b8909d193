package eu.sharingcities.lighting;

import eu.sharingcities.alarms.ModuleAlarms;
import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Looks for street-light faults every {@code PLATFORM_LIGHTING_WATCH_SECONDS} (60; 0: never) and
 * keeps one alarm per fault through the alarms' lifecycle: raised when found, cleared when the data
 * no longer show it. Alarms a previous run left open are taken over at the first look.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LightingWatch {

    private static final Logger LOG = Logger.getLogger(LightingWatch.class.getName());

    @Inject
    @ConfigProperty(name = "platform.lighting.watch-seconds", defaultValue = "60")
    long periodSeconds;

    @Inject
    LightingFaults faults;

    @Inject
    ModuleAlarms alarms;

    @Inject
    Ingestion ingestion;

    @Inject
    CurrentUser currentUser;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Per city, the alarm sources raised and not cleared, with their fault. */
    private final Map<String, Map<String, LampFault>> active = new ConcurrentHashMap<>();
    private ScheduledFuture<?> look;

    @PostConstruct
    void start() {
        if (periodSeconds > 0) {
            look = scheduler.scheduleWithFixedDelay(this::lookAtAllCities, periodSeconds, periodSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (look != null) {
            look.cancel(true);
        }
    }

    private void lookAtAllCities() {
        for (String city : ingestion.cityCodes()) {
            try {
                CurrentUser.runAsSystem(() -> look(city));
            } catch (RuntimeException e) {
                LOG.warning("street lighting " + city + ": the fault check failed, the next one tries again: " + e.getMessage());
            }
        }
    }

    /** A look now, asked by an operator ("check now"); the faults found. */
    public List<FaultDetector.Found> check(String city) {
        currentUser.require(Role.OPERATOR, city);
        return CurrentUser.runAsSystem(() -> look(city));
    }

    /** One look at a city: raises the faults found, clears those no longer there; returns the faults found. */
    private synchronized List<FaultDetector.Found> look(String city) {
        Map<String, LampFault> before = active.computeIfAbsent(city, c -> takeOver(c));
        List<FaultDetector.Found> found = FaultDetector.detect(faults.readings(city, Instant.now()));
        Set<String> now = new HashSet<>();
        for (FaultDetector.Found f : found) {
            now.add(f.source());
            if (!before.containsKey(f.source())) {
                alarms.condition(city, f.source(), f.fault().priority(), true, f.value(), f.why());
                before.put(f.source(), f.fault());
            }
        }
        for (Map.Entry<String, LampFault> gone : new HashMap<>(before).entrySet()) {
            if (!now.contains(gone.getKey())) {
                alarms.condition(city, gone.getKey(), gone.getValue().priority(), false, 0, eu.sharingcities.text.Message.of("lightingFault.gone"));
                before.remove(gone.getKey());
            }
        }
        return found;
    }

    private Map<String, LampFault> takeOver(String city) {
        Map<String, LampFault> open = new ConcurrentHashMap<>();
        for (String source : alarms.activeSources(city)) {
            if (LampFault.isLighting(source)) {
                open.put(source, LampFault.of(source));
            }
        }
        return open;
    }
}

package eu.sharingcities.lighting.faults;

import eu.sharingcities.alarms.ModuleAlarms;
import eu.sharingcities.lighting.workorders.FaultWorkOrders;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Looks for street-light faults ({@link eu.sharingcities.lighting.schedule.LightingScheduler} every
 * {@code PLATFORM_LIGHTING_WATCH_SECONDS}, operators on demand) and keeps one alarm per fault through
 * the alarms' lifecycle: raised when found, cleared when the data no longer show it, each with a work
 * order of its own ({@link FaultWorkOrders}). Alarms a previous run left open are taken over at the
 * first look.
 */
@ApplicationScoped
public class LightingWatch {

    private static final Logger LOG = Logger.getLogger(LightingWatch.class.getName());

    @Inject
    LightingFaults faults;

    @Inject
    ModuleAlarms alarms;

    @Inject
    CurrentUser currentUser;

    @Inject
    FaultWorkOrders orders;

    /** Per city, the alarm sources raised and not cleared, with their fault. */
    private final Map<String, Map<String, LampFault>> active = new ConcurrentHashMap<>();

    /** A look now, asked by an operator ("check now"); the faults found. */
    public List<FaultDetector.Found> check(String city) {
        currentUser.require(Role.OPERATOR, city);
        return CurrentUser.runAsSystem(() -> look(city));
    }

    /** One look at a city: raises the faults found, clears those no longer there; returns the faults found. */
    public synchronized List<FaultDetector.Found> look(String city) {
        Map<String, LampFault> before = active.computeIfAbsent(city, c -> takeOver(c));
        List<FaultDetector.Found> found = FaultDetector.detect(faults.readings(city, Instant.now()));
        Set<String> now = new HashSet<>();
        for (FaultDetector.Found f : found) {
            now.add(f.source());
            if (!before.containsKey(f.source())) {
                alarms.condition(city, f.source(), f.fault().priority(), true, f.value(), f.why());
                before.put(f.source(), f.fault());
                try { // the alarm stands whatever happens to its work order; the next look tries the order again
                    orders.opened(city, f);
                } catch (RuntimeException e) {
                    LOG.warning("street lighting " + city + ": no work order for " + f.source() + " yet: " + e.getMessage());
                    before.remove(f.source());
                }
            }
        }
        for (Map.Entry<String, LampFault> gone : new HashMap<>(before).entrySet()) {
            if (!now.contains(gone.getKey())) {
                alarms.condition(city, gone.getKey(), gone.getValue().priority(), false, 0, eu.sharingcities.text.Message.of("lightingFault.gone"));
                before.remove(gone.getKey());
                try {
                    orders.cleared(city, gone.getKey(), gone.getValue());
                } catch (RuntimeException e) { // the order stays open for an operator to see to
                    LOG.warning("street lighting " + city + ": the work order of " + gone.getKey() + " was not closed: " + e.getMessage());
                }
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

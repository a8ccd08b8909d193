package eu.sharingcities.alarms;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells the open portals of a city that its alarms changed (raised, cleared, acknowledged,
 * shelved), so they show it at once through server push. Listeners must return at once: the
 * portal hands the work to its UI.
 */
@ApplicationScoped
public class AlarmBroadcaster {

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    /** Registers a listener for a city's alarm changes; run the returned action to stop listening. */
    public Runnable listen(String cityCode, Consumer<String> listener) {
        List<Consumer<String>> city = listeners.computeIfAbsent(cityCode, c -> new CopyOnWriteArrayList<>());
        city.add(listener);
        return () -> city.remove(listener);
    }

    void committed(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) Alarms.AlarmChanged change) {
        changed(change.cityCode());
    }

    public void changed(String cityCode) {
        listeners.getOrDefault(cityCode, List.of()).forEach(listener -> {
            try {
                listener.accept(cityCode);
            } catch (RuntimeException e) {
                // a portal that went away; its detach removes the listener
            }
        });
    }
}

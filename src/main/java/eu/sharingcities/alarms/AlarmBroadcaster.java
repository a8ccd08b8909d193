package eu.sharingcities.alarms;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Tells the open portals of a city that its alarms changed (raised, cleared, acknowledged,
 * shelved), so they show it at once through server push. The portals are told on a thread of
 * their own: Vaadin may push to a browser on the caller's thread, and the alarm monitor must never
 * wait for a browser. Changes of a city that arrive before its portals were told are told once.
 */
@ApplicationScoped
public class AlarmBroadcaster {

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    /** Listeners to every city's changes (the SCADA server's alarm conditions). */
    private final List<Consumer<String>> everyCity = new CopyOnWriteArrayList<>();
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService teller = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("alarm-broadcast").daemon().factory());

    /** Registers a listener for a city's alarm changes; run the returned action to stop listening. */
    public Runnable listen(String cityCode, Consumer<String> listener) {
        List<Consumer<String>> city = listeners.computeIfAbsent(cityCode, c -> new CopyOnWriteArrayList<>());
        city.add(listener);
        return () -> city.remove(listener);
    }

    /** Registers a listener for every city's alarm changes; run the returned action to stop listening. */
    public Runnable listenToAll(Consumer<String> listener) {
        everyCity.add(listener);
        return () -> everyCity.remove(listener);
    }

    void committed(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) Alarms.AlarmChanged change) {
        changed(change.cityCode());
    }

    /** The city's alarms changed and the change is committed; returns at once. */
    public void changed(String cityCode) {
        if (waiting.add(cityCode)) {
            teller.execute(() -> {
                waiting.remove(cityCode);
                tell(cityCode);
            });
        }
    }

    private void tell(String cityCode) {
        java.util.stream.Stream.concat(listeners.getOrDefault(cityCode, List.of()).stream(), everyCity.stream()).forEach(listener -> {
            try {
                listener.accept(cityCode);
            } catch (RuntimeException e) {
                // a portal that went away; its detach removes the listener
            }
        });
    }

    @PreDestroy
    void stop() {
        teller.shutdownNow();
    }
}

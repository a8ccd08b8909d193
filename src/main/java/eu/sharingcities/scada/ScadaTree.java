package eu.sharingcities.scada;

import eu.sharingcities.alarms.AlarmSnapshot;
import eu.sharingcities.ingest.Reading;
import eu.sharingcities.telemetry.PointHistory;
import eu.sharingcities.telemetry.PointId;

import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps the SCADA server's address space in step with the database: a city's subtree rebuilt when
 * its points, roles, assets or buildings change (a configuration reload at once, anything else at
 * the next check), its alarm conditions when its alarms change, and each point's newest stored value
 * shown until the controller gives a live one.
 */
final class ScadaTree {

    private static final Logger LOG = Logger.getLogger(ScadaTree.class.getName());

    private final ScadaNamespace namespace;
    private final Callable<Connection> database;
    /** One city's alarms are read and shown at a time, so a newer state is never overtaken by an older one. */
    private final Object alarmsLock = new Object();

    ScadaTree(ScadaNamespace namespace, Callable<Connection> database) {
        this.namespace = namespace;
        this.database = database;
    }

    /** A city's configuration was (re)loaded: its subtree follows the registry, without a restart. */
    void followRegistry(String city) {
        try (Connection db = database.call()) {
            rebuild(city, ScadaRegistry.points(db, city));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the SCADA server could not follow " + city + "'s configuration: " + e.getMessage(), e);
        }
    }

    /** Rebuilds every city whose points, assets, roles or buildings in the database differ from its subtree. */
    void followDatabase() {
        try (Connection db = database.call()) {
            Map<String, List<ScadaPoint>> now = ScadaRegistry.points(db).stream().collect(Collectors.groupingBy(ScadaPoint::cityCode));
            Map<String, List<ScadaPoint>> shown = namespace.shown();
            Set<String> cities = new HashSet<>(now.keySet());
            cities.addAll(shown.keySet());
            for (String city : cities) {
                List<ScadaPoint> cityPoints = now.getOrDefault(city, List.of());
                if (!cityPoints.equals(shown.getOrDefault(city, List.of()))) {
                    rebuild(city, cityPoints);
                }
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the SCADA server could not compare its tree with the registry: " + e.getMessage(), e);
        }
    }

    private void rebuild(String city, List<ScadaPoint> cityPoints) throws Exception {
        namespace.replaceCity(city, cityPoints);
        newestValues(cityPoints.stream().map(ScadaPoint::id).toList());
        LOG.info("SCADA server: " + city + " now has " + cityPoints.size() + " points");
    }

    /** The city's alarms changed (raised, cleared, acknowledged, shelved): its alarm conditions follow. */
    void followAlarms(String city) {
        synchronized (alarmsLock) {
            try (Connection db = database.call()) {
                namespace.conditions().update(city, AlarmSnapshot.of(db, city, namespace.conditions().shown(city)));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "the SCADA server could not follow " + city + "'s alarms: " + e.getMessage(), e);
            }
        }
    }

    /** A point whose first value came before the tap, and is not stored yet, is looked up again until it has one. */
    void seedWaiting() {
        List<Integer> waiting = namespace.waiting();
        if (!waiting.isEmpty()) {
            try {
                newestValues(waiting);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "the SCADA server could not look up stored values: " + e.getMessage(), e);
            }
        }
    }

    /** Each point's newest stored value, so a client sees one before the controller's next change. */
    void newestValues(List<Integer> points) throws Exception {
        Set<PointId> ids = new HashSet<>();
        points.forEach(p -> ids.add(new PointId(p)));
        try (Connection db = database.call()) {
            for (PointHistory.Newest n : PointHistory.newest(db, ids)) {
                namespace.accept(new Reading(n.pointId().value(), n.epochMicros(), n.value(), n.status()));
            }
        }
    }
}

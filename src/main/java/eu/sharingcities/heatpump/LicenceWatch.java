package eu.sharingcities.heatpump;

import eu.sharingcities.alarms.ModuleAlarms;
import eu.sharingcities.alarms.Priority;
import eu.sharingcities.database.DirectConnections;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Watches every heat pump's river licence every few seconds: the water taken today so far against
 * the daily volume, and the temperature change at discharge now against its maximum. A limit
 * passed raises an alarm, which clears once the value is back below the limit by a margin
 * (so a value hovering at the limit does not chatter).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LicenceWatch {

    private static final Logger LOG = Logger.getLogger(LicenceWatch.class.getName());
    private static final double CLEAR_MARGIN = 0.05;

    @Inject
    DirectConnections database;

    @Inject
    ModuleAlarms alarms;

    private final Set<String> breached = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private ScheduledExecutorService worker;

    @PostConstruct
    void start() {
        worker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("heat-pump-licence").daemon().factory());
        worker.scheduleWithFixedDelay(this::check, 10, 5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void check() {
        try (Connection db = database.open(); var st = db.createStatement(); ResultSet rs = st.executeQuery("""
                select h.city_code, h.code, h.max_abstraction_m3_per_day, h.max_discharge_delta_k,
                       (select l.value from point_latest l join point p on p.id = l.point_id
                        where p.city_code = h.city_code and p.code = h.city_code || '.heatpump.' || h.code || '.discharge-delta'),
                       (select l.value from point_latest l join point p on p.id = l.point_id
                        where p.city_code = h.city_code and p.code = h.city_code || '.heatpump.' || h.code || '.river-volume-meter'),
                       (select r.last_value from reading_rollup r join point p on p.id = r.point_id
                          where p.city_code = h.city_code and p.code = h.city_code || '.heatpump.' || h.code || '.river-volume-meter'
                            and r.resolution = 'day' and (r.bucket at time zone c.time_zone)::date = (now() at time zone c.time_zone)::date - 1)
                from heat_pump h join city c on c.code = h.city_code""")) {
            while (rs.next()) {
                String city = rs.getString(1), code = rs.getString(2);
                watch(city, "River licence: water taken today (" + code + ")", (Double) rs.getObject(3),
                        takenToday((Double) rs.getObject(6), (Double) rs.getObject(7)), "m³",
                        "taken today so far");
                watch(city, "River licence: temperature change at discharge (" + code + ")", (Double) rs.getObject(4), (Double) rs.getObject(5), "K",
                        "colder at discharge than the river");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warning("heat pump licence check failed, the next one tries again: " + e.getMessage());
        }
    }

    /**
     * Water taken today so far: the volume meter's reading less yesterday's last. A meter that reads
     * less than yesterday was restarted or replaced (it counts from zero again): what it counted
     * since is the least taken today. Unknown without both readings.
     */
    static Double takenToday(Double reading, Double yesterdaysLast) {
        if (reading == null || yesterdaysLast == null) {
            return null;
        }
        return reading >= yesterdaysLast ? reading - yesterdaysLast : reading;
    }

    private void watch(String city, String source, Double limit, Double value, String unit, String what) {
        String key = city + "/" + source;
        if (limit == null || value == null) {
            return;
        }
        boolean was = breached.contains(key);
        boolean now = was ? value > limit * (1 - CLEAR_MARGIN) : value > limit;
        if (seen.add(key) || now != was) { // the first look also clears what a previous run left open
            alarms.condition(city, source, Priority.HIGH, now, value,
                    String.format(Locale.ROOT, "%.2f %s %s; the licence allows %.2f %s", value, unit, what, limit, unit));
        }
        if (now) {
            breached.add(key);
        } else {
            breached.remove(key);
        }
    }
}

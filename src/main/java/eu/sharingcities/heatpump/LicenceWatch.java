package eu.sharingcities.heatpump;

import eu.sharingcities.alarms.ModuleAlarms;
import eu.sharingcities.alarms.Priority;
import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.PointRole;
import eu.sharingcities.text.Message;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        try (Connection db = database.open()) {
            for (HeatPump hp : HeatPumpData.heatPumps(db, null, null)) {
                if (hp.asset() == null) {
                    continue;
                }
                Map<PointRole, AssetReadings.Latest> now = AssetReadings.latest(db, hp.cityCode(), hp.asset(),
                        List.of(PointRole.WATER_DIFFERENTIAL_TEMPERATURE_SENSOR, PointRole.WATER_VOLUME_SENSOR));
                LocalDate today = LocalDate.now(AssetReadings.zone(db, hp.cityCode()));
                var volumeDays = AssetReadings.days(db, hp.cityCode(), hp.asset(), List.of(PointRole.WATER_VOLUME_SENSOR),
                        Instant.now().minus(3, ChronoUnit.DAYS)).getOrDefault(PointRole.WATER_VOLUME_SENSOR, new TreeMap<>());
                AssetReadings.Day yesterday = volumeDays.get(today.minusDays(1));
                watch(hp.cityCode(), "River licence: water taken today (" + hp.code() + ")", hp.maxAbstractionM3PerDay(),
                        takenToday(value(now.get(PointRole.WATER_VOLUME_SENSOR)), yesterday == null ? null : yesterday.last()), "m³",
                        "licence.takenToday");
                watch(hp.cityCode(), "River licence: temperature change at discharge (" + hp.code() + ")", hp.maxDischargeDeltaK(),
                        value(now.get(PointRole.WATER_DIFFERENTIAL_TEMPERATURE_SENSOR)), "K", "licence.colderAtDischarge");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warning("heat pump licence check failed, the next one tries again: " + e.getMessage());
        }
    }

    private static Double value(AssetReadings.Latest latest) {
        return latest == null ? null : latest.value();
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

    private void watch(String city, String source, Double limit, Double value, String unit, String whatKey) {
        String key = city + "/" + source;
        if (limit == null || value == null) {
            return;
        }
        boolean was = breached.contains(key);
        boolean now = was ? value > limit * (1 - CLEAR_MARGIN) : value > limit;
        if (seen.add(key) || now != was) { // the first look also clears what a previous run left open
            alarms.condition(city, source, Priority.HIGH, now, value,
                    Message.of("alarm.why.licence", value, unit, Message.of(whatKey), limit));
        }
        if (now) {
            breached.add(key);
        } else {
            breached.remove(key);
        }
    }
}

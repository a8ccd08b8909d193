package eu.sharingcities.ingest;

import eu.sharingcities.database.DirectConnections;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs {@link Housekeeping} (retention of raw readings and each rollup, partitions ahead) once the
 * schema is migrated and then every hour, whether or not this instance ingests.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HousekeepingSchedule {

    private static final Logger LOG = Logger.getLogger(HousekeepingSchedule.class.getName());

    @Inject
    DirectConnections database;

    @Inject
    @ConfigProperty(name = "platform.retention.raw-days", defaultValue = "400")
    int rawDays;

    @Inject
    @ConfigProperty(name = "platform.retention.15min-days", defaultValue = "800")
    int quarterHourDays;

    @Inject
    @ConfigProperty(name = "platform.retention.hour-days", defaultValue = "1825")
    int hourDays;

    @Inject
    @ConfigProperty(name = "platform.retention.day-days", defaultValue = "3650")
    int dayDays;

    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("ingest-housekeeping").daemon().unstarted(r));

    @PostConstruct
    void start() {
        Housekeeping.Retention retention = new Housekeeping.Retention(Duration.ofDays(rawDays), Duration.ofDays(quarterHourDays),
                Duration.ofDays(hourDays), Duration.ofDays(dayDays));
        housekeeping.scheduleAtFixedRate(() -> {
            try (Connection db = database.open()) {
                Housekeeping.run(db, retention);
            } catch (SQLException e) {
                LOG.warning("housekeeping failed, will try again in an hour: " + e.getMessage());
            }
        }, 0, 1, TimeUnit.HOURS);
    }

    @PreDestroy
    void stop() {
        housekeeping.shutdownNow();
    }
}

package eu.sharingcities.lighting.schedule;

import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.lighting.faults.LightingWatch;
import eu.sharingcities.lighting.workorders.WorkOrders;
import eu.sharingcities.security.CurrentUser;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Runs street lighting's own work: every {@code PLATFORM_LIGHTING_SCHEDULE_SECONDS} (60; 0: never,
 * only "apply now") the schedule's pass over each city whose controllers this instance reads, and
 * every {@code PLATFORM_LIGHTING_WATCH_SECONDS} (60; 0: never) a look for faults, after which the
 * fixed work orders the data show working are closed. Each instance
 * commands only the lamps whose endpoint it holds (ADR 4), so a cluster commands each lamp once, and
 * looks only at the lamps whose endpoint it reads connected.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LightingScheduler {

    private static final Logger LOG = Logger.getLogger(LightingScheduler.class.getName());

    @Inject
    @ConfigProperty(name = "platform.lighting.schedule-seconds", defaultValue = "60")
    long periodSeconds;

    @Inject
    @ConfigProperty(name = "platform.lighting.watch-seconds", defaultValue = "60")
    long watchSeconds;

    @Inject
    LightingSchedule schedule;

    @Inject
    LightingWatch watch;

    @Inject
    WorkOrders workOrders;

    @Inject
    Ingestion ingestion;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    @PostConstruct
    void start() {
        every(periodSeconds, "the schedule's pass", city -> {
            LightingSchedule.Applied applied = schedule.apply(city);
            if (applied.failed() > 0) {
                LOG.warning("street lighting " + city + ": " + applied.failed() + " commands failed, retried later: " + applied.failures());
            }
        });
        every(watchSeconds, "the fault check", city -> {
            watch.look(city);
            workOrders.verifyFixed(city);
        });
    }

    @PreDestroy
    void stop() {
        tasks.forEach(t -> t.cancel(true));
    }

    private void every(long seconds, String what, Consumer<String> perCity) {
        if (seconds <= 0) {
            return;
        }
        tasks.add(scheduler.scheduleWithFixedDelay(() -> {
            for (String city : ingestion.cityCodes()) {
                try {
                    CurrentUser.runAsSystem(() -> {
                        perCity.accept(city);
                        return null;
                    });
                } catch (RuntimeException e) {
                    LOG.warning("street lighting " + city + ": " + what + " failed, the next one tries again: " + e.getMessage());
                }
            }
        }, seconds, seconds, TimeUnit.SECONDS));
    }
}

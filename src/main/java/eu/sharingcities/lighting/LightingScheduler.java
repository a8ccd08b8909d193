package eu.sharingcities.lighting;

import eu.sharingcities.ingest.Ingestion;
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

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs the street lights' schedule: every {@code PLATFORM_LIGHTING_SCHEDULE_SECONDS} (60; 0: never,
 * only "apply now") a pass over each city whose controllers this instance reads. Each instance
 * commands only the lamps whose endpoint it holds (ADR 4), so a cluster commands each lamp once.
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
    LightingSchedule schedule;

    @Inject
    Ingestion ingestion;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> pass;

    @PostConstruct
    void start() {
        if (periodSeconds > 0) {
            pass = scheduler.scheduleWithFixedDelay(this::passOverAllCities, periodSeconds, periodSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (pass != null) {
            pass.cancel(true);
        }
    }

    private void passOverAllCities() {
        for (String city : ingestion.cityCodes()) {
            try {
                LightingSchedule.Applied applied = CurrentUser.runAsSystem(() -> schedule.apply(city));
                if (applied.failed() > 0) {
                    LOG.warning("street lighting " + city + ": " + applied.failed() + " commands failed, retried later: " + applied.failures());
                }
            } catch (RuntimeException e) {
                LOG.warning("street lighting " + city + ": the schedule's pass failed, the next one tries again: " + e.getMessage());
            }
        }
    }
}

package eu.sharingcities.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Failed sign-ins in the audit log without letting a guesser write a row per guess: the first
 * failure from a source in a minute is written at once, the rest of that minute as one summary row
 * (how many, which usernames) once the minute is over.
 */
@ApplicationScoped
public class FailedSignInLog {

    static final int MAX_SOURCES_PER_MINUTE = 10_000;
    private static final int USERNAMES_SHOWN = 5;

    @Inject
    SecurityAudit audit;

    @Resource
    ManagedScheduledExecutorService scheduler;

    Clock clock = Clock.systemUTC();
    private final Map<String, Minute> minutes = new ConcurrentHashMap<>();
    private ScheduledFuture<?> flushing;

    private static final class Minute {
        final String source;
        final Instant start;
        int more;
        final Set<String> usernames = new LinkedHashSet<>();

        Minute(String source, Instant start) {
            this.source = source;
            this.start = start;
        }
    }

    @PostConstruct
    void start() {
        flushing = scheduler.scheduleWithFixedDelay(() -> flush(false), 20, 20, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        flushing.cancel(false);
        flush(true);
    }

    /** Called inside the sign-in's transaction, so the first row commits with it. */
    void failed(String source, String username, String reason) {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        String key = (minutes.size() >= MAX_SOURCES_PER_MINUTE ? "many sources" : source) + "@" + minute;
        boolean[] first = {false};
        minutes.compute(key, (k, old) -> {
            if (old == null) {
                first[0] = true;
                return new Minute(k.substring(0, k.lastIndexOf('@')), minute);
            }
            old.more++;
            if (old.usernames.size() < USERNAMES_SHOWN) {
                old.usernames.add(username);
            }
            return old;
        });
        if (first[0]) {
            audit.record(null, "sign-in.failed", username, null, reason + " (from " + source + ")");
        }
    }

    private void flush(boolean all) {
        Instant current = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        for (String key : minutes.keySet()) {
            Minute minute = minutes.get(key);
            if (minute == null || (!all && !minute.start.isBefore(current))) {
                continue;
            }
            minutes.remove(key);
            if (minute.more > 0) {
                CurrentUser.runAsSystem(() -> {
                    audit.record(null, "sign-in.failed.more", minute.source, null, minute.more + " more failed sign-ins in the minute from "
                            + minute.start + " (usernames tried: " + String.join(", ", minute.usernames) + ")");
                    return null;
                });
            }
        }
    }
}

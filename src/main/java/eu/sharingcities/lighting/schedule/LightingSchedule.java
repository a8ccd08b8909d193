package eu.sharingcities.lighting.schedule;

import eu.sharingcities.commands.Command;
import eu.sharingcities.commands.CommandStatus;
import eu.sharingcities.commands.Commands;
import eu.sharingcities.ingest.EndpointConnection;
import eu.sharingcities.ingest.EndpointState;
import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.logging.Logger;

/**
 * Brings every lamppost of a city to its level now ({@link LightingPlan}): a lamp whose controller
 * reports another level gets a command through the command path (limits, audit, read-back) in the
 * name {@value #ACTOR}. Commands go out in parallel, at most {@value #IN_FLIGHT_PER_ENDPOINT} at a
 * time per controller endpoint so none is overrun. Nothing is lost: a lamp whose endpoint is not
 * connected here waits and is counted, a failed command is retried on later passes after a growing
 * pause (30 s doubling to 15 min), and every pass says what it did.
 */
@ApplicationScoped
public class LightingSchedule {

    private static final Logger LOG = Logger.getLogger(LightingSchedule.class.getName());
    static final String ACTOR = "lighting:schedule";
    static final int IN_FLIGHT_PER_ENDPOINT = 8;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    private static final Duration LONGEST_PASS = Duration.ofMinutes(5);

    @Inject
    LightingPlan plan;

    @Inject
    Commands commands;

    @Inject
    Ingestion ingestion;

    @Inject
    CurrentUser currentUser;

    /** A managed executor: commands are transactional services, which need the application's context on their thread. */
    @Resource
    ManagedExecutorService executor;

    /** A lamp's failed commands in a row and when it may be tried again; per city and lamppost. */
    private record Pause(int failures, Instant until) {
    }

    /** A level this instance confirmed by read-back, and when: the readings take a publishing interval or more to show it. */
    private record Confirmed(int level, Instant at) {
    }

    private static final Duration READINGS_CATCH_UP = Duration.ofSeconds(60);

    private final Map<String, Pause> pauses = new ConcurrentHashMap<>();
    private final Map<String, Confirmed> confirmedLevels = new ConcurrentHashMap<>();
    private final Map<String, Applied> last = new ConcurrentHashMap<>();

    /** What one pass over a city did. */
    public record Applied(Instant at, int lamps, int unchanged, int confirmed, int failed, int waitingForController, int pausedAfterFailure,
                          int withoutController, List<String> failures) {
    }

    /** One pass now (operators: "apply now" after changing a profile or an override). */
    public Applied apply(String city) {
        if (!CurrentUser.isSystem()) {
            currentUser.require(Role.OPERATOR, city);
        }
        Instant now = Instant.now();
        List<LampTarget> targets = plan.targets(city, now);
        int unchanged = 0;
        int waiting = 0;
        int paused = 0;
        int without = 0;
        List<LampTarget> due = new ArrayList<>();
        for (LampTarget t : targets) {
            String key = city + "/" + t.lamp();
            if (t.point() == null) {
                without++;
            } else if (!t.differs() || recentlyConfirmed(key, t.level(), now)) { // (a change by someone else shows after the catch-up)
                unchanged++;
                pauses.remove(key);
            } else if (!connectedHere(city, t.endpoint())) {
                waiting++;
            } else if (pauses.containsKey(key) && pauses.get(key).until().isAfter(now)) {
                paused++;
            } else {
                due.add(t);
            }
        }
        List<Command> sent = send(city, due);
        List<String> failures = new ArrayList<>();
        int confirmed = 0;
        for (int i = 0; i < due.size(); i++) {
            Command c = sent.get(i);
            String key = city + "/" + due.get(i).lamp();
            if (c != null && c.status() == CommandStatus.CONFIRMED) {
                confirmed++;
                pauses.remove(key);
                confirmedLevels.put(key, new Confirmed(due.get(i).level(), Instant.now()));
            } else {
                Pause before = pauses.get(key);
                int failuresInARow = before == null ? 1 : before.failures() + 1;
                Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(10, failuresInARow - 1));
                pauses.put(key, new Pause(failuresInARow, now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause)));
                failures.add(due.get(i).lamp() + ": " + (c == null ? "not sent" : c.status() + " " + c.message().english()));
            }
        }
        Applied applied = new Applied(now, targets.size(), unchanged, confirmed, due.size() - confirmed, waiting, paused, without,
                failures.subList(0, Math.min(20, failures.size())));
        last.put(city, applied);
        return applied;
    }

    private boolean recentlyConfirmed(String key, int level, Instant now) {
        Confirmed c = confirmedLevels.get(key);
        return c != null && c.level() == level && c.at().plus(READINGS_CATCH_UP).isAfter(now);
    }

    /** The last pass over the city on this instance, if any. */
    public Optional<Applied> last(String city) {
        currentUser.require(Role.VIEWER, city);
        return Optional.ofNullable(last.get(city));
    }

    /**
     * Sends the commands: per endpoint at most {@value #IN_FLIGHT_PER_ENDPOINT} workers take its lamps one after another (a task per
     * lamp would overflow the container's pool). Each lamp's command in order; null where it could not be sent in time.
     */
    private List<Command> send(String city, List<LampTarget> due) {
        Map<String, Queue<Integer>> perEndpoint = new LinkedHashMap<>();
        for (int i = 0; i < due.size(); i++) {
            perEndpoint.computeIfAbsent(due.get(i).endpoint(), e -> new ConcurrentLinkedQueue<>()).add(i);
        }
        AtomicReferenceArray<Command> sent = new AtomicReferenceArray<>(due.size());
        List<Future<?>> workers = new ArrayList<>();
        for (Queue<Integer> lamps : perEndpoint.values()) {
            for (int w = Math.min(IN_FLIGHT_PER_ENDPOINT, lamps.size()); w > 0; w--) {
                workers.add(executor.submit(() -> {
                    for (Integer i = lamps.poll(); i != null && !Thread.currentThread().isInterrupted(); i = lamps.poll()) {
                        LampTarget t = due.get(i);
                        try {
                            sent.set(i, commands.sendForModule(city, new Commands.Request(t.point(), (double) t.level(), reason(t)), ACTOR));
                        } catch (RuntimeException e) {
                            LOG.warning("street lighting " + city + ": the command to " + t.lamp() + " was not sent: " + e.getMessage());
                        }
                    }
                }));
            }
        }
        long deadline = System.nanoTime() + LONGEST_PASS.toNanos();
        for (Future<?> worker : workers) {
            try {
                worker.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                worker.cancel(true); // what it did not send is counted as failed and tried again later
            }
        }
        List<Command> commandsSent = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            commandsSent.add(sent.get(i));
        }
        return commandsSent;
    }

    private static String reason(LampTarget t) {
        return switch (t.source()) {
            case SCHEDULE -> "street lighting: group " + t.group() + "'s night schedule, " + t.level() + " %";
            case GROUP_OVERRIDE -> "street lighting: override of group " + t.group() + ", " + t.level() + " %";
            case LAMP_OVERRIDE -> "street lighting: override of lamppost " + t.lamp() + ", " + t.level() + " %";
        };
    }

    private boolean connectedHere(String city, String endpoint) {
        return ingestion.connection(city, endpoint).map(EndpointConnection::status).map(s -> s.state() == EndpointState.CONNECTED).orElse(false);
    }
}

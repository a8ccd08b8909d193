package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.EndpointSettings;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One controller endpoint: a Milo client session with its subscriptions (at most
 * {@link PointSubscriptions#ITEMS_PER_SUBSCRIPTION} monitored items each), every notification converted and handed
 * to the pipeline. A first connection that fails is retried with capped exponential backoff;
 * after that Milo keeps the session alive and reconnects, and subscriptions the server could not
 * transfer to the new session are created again.
 */
public final class EndpointConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EndpointConnection.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    /** How long Milo may try to revive a lost session before the connection starts over (new discovery), by default. */
    public static final Duration REVIVAL_LIMIT = Duration.ofSeconds(15);

    private final String cityCode;
    private final EndpointSettings settings;
    private final List<BoundPoint> points;
    private final IngestPipeline pipeline;
    private final IngestMetrics metrics;
    private final ValueConversion conversion = new ValueConversion(Duration.ofMinutes(5));
    private final Function<String, String> environment;
    private final PlatformPki pki;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong backfilled = new AtomicLong();
    private final OutageStart outageStart = new OutageStart();
    private volatile boolean historyUnsupported;
    private final PointSubscriptions subscriptions;
    private final CommandChannel commands;
    private volatile EndpointState state = EndpointState.CONNECTING;
    private volatile String lastMessage = "";
    private volatile Instant since = Instant.now();
    private volatile boolean stopped;
    private volatile OpcUaClient client;
    private Duration backoff = Duration.ofSeconds(1);
    private Duration revivalLimit = REVIVAL_LIMIT;

    public EndpointConnection(String cityCode, EndpointSettings settings, List<BoundPoint> points, IngestPipeline pipeline,
                              IngestMetrics metrics, Function<String, String> environment) {
        this(cityCode, settings, points, pipeline, metrics, environment, null);
    }

    /** With {@code pki} the platform can use signed and encrypted endpoints and checks servers against its trust list. */
    public EndpointConnection(String cityCode, EndpointSettings settings, List<BoundPoint> points, IngestPipeline pipeline,
                              IngestMetrics metrics, Function<String, String> environment, PlatformPki pki) {
        this.pki = pki;
        this.cityCode = cityCode;
        this.settings = settings;
        this.points = List.copyOf(points);
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.environment = environment;
        this.subscriptions = new PointSubscriptions(settings, this.points, metrics, new Listener());
        this.commands = new CommandChannel(settings.id(), subscriptions, () -> state == EndpointState.CONNECTED ? client : null,
                () -> state.name().toLowerCase() + (lastMessage.isEmpty() ? "" : " (" + lastMessage + ")"));
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                r -> Thread.ofPlatform().name("opcua-" + cityCode + "-" + settings.id()).daemon().unstarted(r));
        // on close, a reconnect waiting out its back-off is dropped: an endpoint that was down held up the platform's stop by up to 30 s
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.scheduler = executor;
    }

    /** The newest readings already stored: the first session back-fills from them what the platform missed while it was down. */
    public void resumeAfter(Map<Integer, Long> newestStored) {
        Map<Integer, Long> mine = new java.util.HashMap<>();
        points.forEach(p -> {
            Long micros = newestStored.get(p.pointId());
            if (micros != null) {
                mine.put(p.pointId(), micros);
            }
        });
        outageStart.resumeAfter(mine);
    }

    /** How long a lost session may take to be revived before this connection starts over; set before {@link #start}. */
    public EndpointConnection revivalLimit(Duration limit) {
        this.revivalLimit = limit;
        return this;
    }

    public void start() {
        scheduler.execute(this::connect);
    }

    /** Drops the session and connects again now (the portal's "reconnect" button). */
    public void reconnect() {
        scheduler.execute(() -> {
            outageStart.mark(0);
            disconnectQuietly();
            backoff = Duration.ofSeconds(1);
            connect();
        });
    }

    public EndpointStatus status() {
        return new EndpointStatus(cityCode, settings.id(), settings.url(), state, lastMessage, since, points.size(), subscriptions.unresolved(), received.get(),
                EndpointStatus.security(settings), settings.insecure());
    }

    private void connect() {
        if (stopped) {
            return;
        }
        state(client == null ? EndpointState.CONNECTING : EndpointState.RECONNECTING, lastMessage);
        try {
            OpcUaClient created = EndpointClients.create(settings, pki, environment);
            client = created;
            created.addSessionActivityListener(new SessionActivityListener() {
                @Override
                public void onSessionActive(UaSession session) {
                    if (client != created) {
                        return; // a client this connection already gave up
                    }
                    state(EndpointState.CONNECTED, "");
                    scheduler.execute(EndpointConnection.this::backfill); // a revived session: fetch what the outage missed
                }

                @Override
                public void onSessionInactive(UaSession session) {
                    if (client != created) {
                        return;
                    }
                    outageStart.mark(0);
                    if (!stopped) {
                        state(EndpointState.RECONNECTING, "session lost; reconnecting");
                        scheduler.schedule(EndpointConnection.this::startOverIfStillDown, revivalLimit.toMillis(), TimeUnit.MILLISECONDS);
                    }
                }
            });
            client.connect();
            subscriptions.create(created); // the session's activation then back-fills any gap (see onSessionActive)
            backoff = Duration.ofSeconds(1);
            state(EndpointState.CONNECTED, subscriptions.unresolved() == 0 ? "" : subscriptions.unresolved() + " configured nodes were not found on the server");
        } catch (UaException | RuntimeException e) {
            String message = UaErrors.describe(e);
            if (pki != null && UaErrors.untrusted(e)) {
                message = "the controller's certificate is not trusted: check it in " + pki.rejectedFolder()
                        + ", move it to " + pki.trustedFolder() + " if it is the right one, then reconnect";
            }
            state(EndpointState.ERROR, message);
            LOG.warning("OPC UA " + cityCode + "/" + settings.id() + " (" + settings.url() + "): " + message + "; retrying in " + backoff.toSeconds() + " s");
            disconnectQuietly();
            if (!stopped) {
                scheduler.schedule(this::connect, backoff.toMillis(), TimeUnit.MILLISECONDS);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * A controller that restarted with a new certificate or lost our session cannot be revived by
     * Milo's reconnect: discover its endpoints again and subscribe anew.
     */
    private void startOverIfStillDown() {
        if (!stopped && state == EndpointState.RECONNECTING) {
            LOG.info("OPC UA " + cityCode + "/" + settings.id() + ": session not revived in " + revivalLimit.toSeconds() + " s; connecting anew");

            disconnectQuietly();
            connect();
        }
    }

    /** Converts notifications into readings; counts what cannot be one. */
    private final class Listener implements OpcUaSubscription.SubscriptionListener {
        @Override
        public void onDataReceived(OpcUaSubscription subscription, List<OpcUaMonitoredItem> items, List<DataValue> values) {
            long now = System.currentTimeMillis() * 1000;
            for (int i = 0; i < values.size(); i++) {
                BoundPoint point = (BoundPoint) items.get(i).getUserObject().orElseThrow();
                deliver(point, values.get(i), now);
            }
            received.addAndGet(values.size());
        }

        /** A publish response the server could not resend: read the values it held from history instead. */
        @Override
        public void onNotificationDataLost(OpcUaSubscription subscription) {
            metrics.rejected("server-discarded", 1);
            outageStart.mark(2 * settings.publishingInterval().toNanos() / 1000 + 1_000_000);
            scheduler.execute(EndpointConnection.this::backfill);
        }

        @Override
        public void onTransferFailed(OpcUaSubscription subscription, StatusCode status) {
            LOG.info("OPC UA " + cityCode + "/" + settings.id() + ": subscription not transferred (" + status + "); creating it again");
            scheduler.execute(() -> {
                try {
                    subscriptions.recreate(client);
                } catch (UaException e) {
                    state(EndpointState.ERROR, UaErrors.describe(e));
                }
            });
        }
    }

    private void deliver(BoundPoint point, DataValue value, long nowMicros) {
        switch (conversion.convert(point, value, nowMicros)) {
            case ValueConversion.Accepted accepted -> {
                pipeline.accept(accepted.reading());
                outageStart.seen(point.pointId(), accepted.reading().epochMicros());
            }
            case ValueConversion.Rejected rejected -> metrics.rejected(rejected.reason(), 1);
        }
    }

    /** HistoryRead of every point's gap since its last value; once per session, skipped for servers without history. */
    private void backfill() {
        Map<Integer, Long> hole = outageStart.take();
        Map<Integer, Long> from = hole != null ? hole : outageStart.lastSeen();
        if (historyUnsupported || client == null || from.isEmpty()) {
            return;
        }
        List<HistoryBackfill.Gap> gaps = HistoryBackfill.gaps(points, from, subscriptions::node);
        try {
            long now = System.currentTimeMillis() * 1000;
            long filled = HistoryBackfill.fill(client, gaps, delivery -> deliver(delivery.point(), delivery.value(), now));
            if (filled < 0) {
                historyUnsupported = true;
                LOG.info("OPC UA " + cityCode + "/" + settings.id() + " keeps no history: gaps after outages stay gaps");
            } else if (filled > 0) {
                backfilled.addAndGet(filled);
                LOG.info("OPC UA " + cityCode + "/" + settings.id() + ": " + filled + " values back-filled from history (after an outage or lost notifications)");
            }
        } catch (UaException | RuntimeException e) {
            outageStart.giveBack(hole); // the next session tries again
            LOG.warning("OPC UA " + cityCode + "/" + settings.id() + ": back-fill failed: " + UaErrors.describe(e));
        }
    }

    /** The command path over this connection's session. */
    public CommandChannel commands() {
        return commands;
    }

    /** Values read back from the server's history after outages. */
    public long backfilledValues() {
        return backfilled.get();
    }

    private void state(EndpointState newState, String message) {
        if (newState != state) {
            since = Instant.now();
        }
        state = newState;
        lastMessage = message;
    }

    private void disconnectQuietly() {
        if (client != null) {
            try {
                client.disconnect();
            } catch (UaException | RuntimeException e) {
                LOG.log(Level.FINE, "disconnect", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        state(EndpointState.STOPPED, "");
        scheduler.execute(this::disconnectQuietly);
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(30, TimeUnit.SECONDS); // let the session close before the client is dropped
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

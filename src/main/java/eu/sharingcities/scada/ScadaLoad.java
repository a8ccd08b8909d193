package eu.sharingcities.scada;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.subscriptions.Subscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What SCADA clients ask of the server, for {@code /api/metrics}: sessions, monitored items, and
 * the notifications dropped because a client did not collect them in time. Ingestion never waits
 * for a client: each monitored item has a bounded queue, and a value that finds it full pushes out
 * the oldest (OPC 10000-4 5.12.1.5), counted in the subscription's diagnostics
 * (MonitoringQueueOverflowCount, EventQueueOverflowCount). A queue of one holds the latest value
 * by definition and drops nothing that counts. Subscriptions that close keep their count here.
 * Also the relay's (ADR 7): readings received from other instances, and readings not sent to them
 * because the relay's queue was full.
 */

final class ScadaLoad {

    private static final Logger LOG = Logger.getLogger(ScadaLoad.class.getName());

    private final OpcUaServer server;
    private final Map<UInteger, Long> droppedByLiveSubscription = new HashMap<>();
    private long droppedByClosedSubscriptions;

    ScadaLoad(OpcUaServer server) {
        this.server = server;
    }

    void register(MeterRegistry registry, ScadaRelay relay) {
        FunctionCounter.builder("scada_relay_received", relay, ScadaRelay::relayedIn).register(registry);
        FunctionCounter.builder("scada_relay_dropped", relay, ScadaRelay::dropped).register(registry);

        Gauge.builder("scada_sessions", server, s -> s.getSessionManager().getAllSessions().size()).register(registry);
        Gauge.builder("scada_monitored_items", server, s -> s.getSubscriptions().values().stream()
                .mapToLong(subscription -> subscription.getMonitoredItemCount().longValue()).sum()).register(registry);
        FunctionCounter.builder("scada_notifications_dropped", this, ScadaLoad::dropped).register(registry);
    }

    /** All notifications dropped so far; read often enough (every few seconds) that a closing subscription's last drops count. */
    synchronized long dropped() {
        Map<UInteger, Subscription> live = server.getSubscriptions();
        droppedByLiveSubscription.entrySet().removeIf(e -> {
            boolean closed = !live.containsKey(e.getKey());
            if (closed) {
                droppedByClosedSubscriptions += e.getValue();
            }
            return closed;
        });
        live.forEach((id, subscription) -> {
            long now = subscription.getSubscriptionDiagnostics().getMonitoringQueueOverflowCount().sum()
                    + subscription.getSubscriptionDiagnostics().getEventQueueOverflowCount().sum();
            Long before = droppedByLiveSubscription.put(id, now);
            if (now > 0 && (before == null || before == 0)) {
                LOG.warning(() -> "SCADA subscription " + id + " of " + ScadaUser.nameOf(subscription.getSession()) + " ("
                        + subscription.getSession().getClientDescription().getApplicationUri()
                        + ") drops values: its client does not collect them as fast as they come");
            }
        });
        return droppedByClosedSubscriptions + droppedByLiveSubscription.values().stream().mapToLong(Long::longValue).sum();
    }
}

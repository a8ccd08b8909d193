package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.EndpointSettings;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * The subscriptions that carry an endpoint's points in one session: each point's node resolved in
 * the server's namespace table and monitored with the endpoint's sampling, queue and deadband, at
 * most {@link #ITEMS_PER_SUBSCRIPTION} items a subscription. Nodes that are not on the server are
 * counted, not fatal; the resolved ones serve commands too.
 */
final class PointSubscriptions {

    static final int ITEMS_PER_SUBSCRIPTION = 5_000;

    private final EndpointSettings settings;
    private final List<BoundPoint> points;
    private final IngestMetrics metrics;
    private final OpcUaSubscription.SubscriptionListener listener;
    private final Map<Integer, NodeId> nodes = new ConcurrentHashMap<>();
    private final List<OpcUaSubscription> subscriptions = new ArrayList<>();
    private volatile int unresolved;

    PointSubscriptions(EndpointSettings settings, List<BoundPoint> points, IngestMetrics metrics, OpcUaSubscription.SubscriptionListener listener) {
        this.settings = settings;
        this.points = points;
        this.metrics = metrics;
        this.listener = listener;
    }

    /** Creates the subscriptions on a new session (the old session's went with it). */
    synchronized void create(OpcUaClient client) throws UaException {
        subscriptions.clear();
        List<OpcUaMonitoredItem> items = new ArrayList<>();
        int missing = 0;
        for (BoundPoint point : points) {
            Optional<NodeId> node = ExpandedNodeId.parse(point.binding().node().toString()).toNodeId(client.getNamespaceTable());
            if (node.isEmpty()) {
                missing++;
                continue;
            }
            OpcUaMonitoredItem item = item(node.get(), point, settings.deadband() > 0);
            nodes.put(point.pointId(), node.get());
            items.add(item);
        }
        if (missing > 0) {
            metrics.rejected("unknown-namespace", missing);
        }
        for (int from = 0; from < items.size(); from += ITEMS_PER_SUBSCRIPTION) {
            OpcUaSubscription subscription = new OpcUaSubscription(client, (double) settings.publishingInterval().toMillis());
            subscription.setSubscriptionListener(listener);
            subscription.create();
            List<OpcUaMonitoredItem> batch = items.subList(from, Math.min(items.size(), from + ITEMS_PER_SUBSCRIPTION));
            subscription.addMonitoredItems(batch);
            subscription.createMonitoredItems(); // each item's result is its own: a node the server lacks is counted below
            withoutDeadbandWhereRefused(subscription, batch);
            subscriptions.add(subscription);
        }
        long failed = items.stream().filter(i -> i.getCreateResult().map(StatusCode::isBad).orElse(true)).count();
        if (failed > 0) {
            metrics.rejected("unknown-node", failed);
        }
        unresolved = missing + (int) failed;
    }

    private OpcUaMonitoredItem item(NodeId node, BoundPoint point, boolean deadband) {
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(node);
        item.setSamplingInterval((double) settings.samplingInterval().toMillis());
        item.setQueueSize(uint(settings.queueSize()));
        item.setDiscardOldest(true);
        if (deadband) {
            item.setFilter(new DataChangeFilter(DataChangeTrigger.StatusValue, uint(DeadbandType.Absolute.getValue()), settings.deadband()));
        }
        item.setUserObject(point);
        return item;
    }

    /**
     * A deadband applies to numbers only (OPC 10000-4 7.22.2): a server refuses it on a Boolean
     * state with Bad_FilterNotAllowed. Those items are monitored without one, in place in the batch.
     */
    private void withoutDeadbandWhereRefused(OpcUaSubscription subscription, List<OpcUaMonitoredItem> batch) {
        List<OpcUaMonitoredItem> plain = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            OpcUaMonitoredItem item = batch.get(i);
            if (item.getCreateResult().map(r -> r.getValue() == StatusCodes.Bad_FilterNotAllowed).orElse(false)) {
                subscription.removeMonitoredItem(item);
                OpcUaMonitoredItem again = item(item.getReadValueId().getNodeId(), (BoundPoint) item.getUserObject().orElseThrow(), false);
                batch.set(i, again);
                plain.add(again);
            }
        }
        if (!plain.isEmpty()) {
            subscription.addMonitoredItems(plain);
            subscription.createMonitoredItems();
        }
    }

    /** Configured nodes the server does not have (or whose namespace it does not know). */
    int unresolved() {
        return unresolved;
    }

    /** The point's node as the server resolved it; null before a session resolved it, or when the server lacks it. */
    NodeId node(int pointId) {
        return nodes.get(pointId);
    }

    /** Deletes the subscriptions the server could not transfer to the revived session, and creates them again. */
    synchronized void recreate(OpcUaClient client) throws UaException {
        subscriptions.forEach(s -> {
            try {
                s.delete();
            } catch (UaException ignored) {
                // it is gone with the old session
            }
        });
        create(client);
    }
}

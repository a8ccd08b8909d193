package eu.sharingcities.opcua;

import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Hands every value a variable takes to the monitored items on it, the way a controller reports
 * by exception: the simulated controllers at each tick, the platform's SCADA server as readings
 * arrive. Milo's own {@code SubscriptionModel} samples on a timer that drifts against the source,
 * so now and then it would read one value twice and skip the next: a value the controller produced
 * (and keeps in its history) that no subscriber ever sees.
 */
final class PushedValues {

    private final Map<NodeId, Set<DataItem>> itemsByNode = new ConcurrentHashMap<>();

    /** True for the items this takes over (the Value attribute); the caller samples the others. */
    static boolean handles(DataItem item) {
        return AttributeId.Value.isEqual(item.getReadValueId().getAttributeId());
    }

    /** Registers the items and gives each the variable's current value, as a new monitored item must report it. */
    void add(List<DataItem> items, Function<NodeId, DataValue> current) {
        for (DataItem item : items) {
            NodeId node = item.getReadValueId().getNodeId();
            itemsByNode.computeIfAbsent(node, n -> ConcurrentHashMap.newKeySet()).add(item);
            DataValue value = current.apply(node);
            if (value != null && item.isSamplingEnabled()) {
                item.setValue(derived(item, value));
            }
        }
    }

    void remove(List<DataItem> items) {
        for (DataItem item : items) {
            Set<DataItem> set = itemsByNode.get(item.getReadValueId().getNodeId());
            if (set != null) {
                set.remove(item);
            }
        }
    }

    /** A new value of the node, to every enabled item on it. */
    void push(NodeId node, DataValue value) {
        Set<DataItem> items = itemsByNode.get(node);
        if (items == null) {
            return;
        }
        for (DataItem item : items) {
            if (item.isSamplingEnabled()) {
                item.setValue(derived(item, value));
            }
        }
    }

    private static DataValue derived(DataItem item, DataValue value) {
        TimestampsToReturn timestamps = item.getTimestampsToReturn();
        return timestamps == null ? value : DataValue.derivedValue(value, timestamps);
    }
}

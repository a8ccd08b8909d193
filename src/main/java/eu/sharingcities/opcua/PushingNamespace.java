package eu.sharingcities.opcua;

import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

import java.util.List;

/**
 * A namespace whose variables report every value they take by exception ({@link PushedValues}):
 * monitored items on a Value get each value {@link #push}ed as it comes; items on other attributes
 * are sampled by Milo's {@code SubscriptionModel}. The simulated controllers and the SCADA server.
 */
public abstract class PushingNamespace extends ManagedNamespaceWithLifecycle {

    private final SubscriptionModel subscriptions;
    private final PushedValues pushed = new PushedValues();

    protected PushingNamespace(OpcUaServer server, String uri) {
        super(server, uri);
        this.subscriptions = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptions);
    }

    /** The variable's value now, which a new monitored item reports first; null when it has none. */
    protected abstract DataValue currentValue(NodeId node);

    /** A new value of the variable, to every monitored item on it. */
    protected void push(NodeId node, DataValue value) {
        pushed.push(node, value);
    }

    @Override
    public void onDataItemsCreated(List<DataItem> items) {
        pushed.add(items.stream().filter(PushedValues::handles).toList(), this::currentValue);
        subscriptions.onDataItemsCreated(items.stream().filter(i -> !PushedValues.handles(i)).toList());
    }

    @Override
    public void onDataItemsModified(List<DataItem> items) {
        subscriptions.onDataItemsModified(items.stream().filter(i -> !PushedValues.handles(i)).toList());
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> items) {
        pushed.remove(items.stream().filter(PushedValues::handles).toList());
        subscriptions.onDataItemsDeleted(items.stream().filter(i -> !PushedValues.handles(i)).toList());
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> items) {
        subscriptions.onMonitoringModeChanged(items);
    }
}

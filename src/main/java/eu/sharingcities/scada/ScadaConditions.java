package eu.sharingcities.scada;

import eu.sharingcities.alarms.AlarmSnapshot;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.items.BaseMonitoredItem;
import org.eclipse.milo.opcua.sdk.server.items.EventItem;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler.InvocationContext;
import org.eclipse.milo.opcua.sdk.server.model.objects.AcknowledgeableConditionType;
import org.eclipse.milo.opcua.sdk.server.model.objects.AlarmConditionTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.objects.BaseEventTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.objects.ConditionType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNodeContext;
import org.eclipse.milo.opcua.sdk.server.nodes.factories.NodeFactory;
import org.eclipse.milo.opcua.sdk.server.subscriptions.Subscription;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.util.NonceUtil;
import org.eclipse.milo.opcua.stack.core.util.Tree;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

/**
 * The platform's alarms as OPC UA Alarms & Conditions (OPC 10000-9): each alarm a SCADA client
 * should know of is an AlarmConditionType instance whose source is the point it watches (its city
 * when it watches an endpoint), with HasCondition from the source. Every change of the alarm in the
 * platform is an event of the condition to the event items on the Server object, the Cities folder
 * or the alarm's city, of the sessions that may read that city only (no event goes to the server's
 * shared notifier, which would tell every city's alarms to every session). Acknowledge goes
 * through the platform's alarm lifecycle and audit; ConditionRefresh sends the retained conditions
 * the session may see to the subscription that asks (5.5.7).
 */
final class ScadaConditions {

    /** What the namespace lends the conditions: where their nodes go and who may see a city. */
    interface Host {
        UaNodeContext context();

        NodeId nodeId(String path);

        QualifiedName name(String name);

        /** Guards the node with the city's roles, as every node of the city. */
        void guard(UaNode node, String city);

        /** The point's variable, or the city's folder when the alarm watches no point or the point is gone. */
        NodeId source(Integer pointId, String city);

        /** The nodes whose event items hear of the city's alarms: Server, Cities, the city's folder. */
        Set<NodeId> notifiers(String city);

        /** Whether the session may read (or, with {@code operate}, operate in) the city. */
        boolean may(Session session, String city, boolean operate);
    }

    private static final int EVENT_IDS_KEPT = 32;

    private final OpcUaServer server;
    private final Host host;
    private final ScadaAcknowledgements acknowledgements;
    private final Map<Long, Held> held = new ConcurrentHashMap<>();

    /** A condition the server shows: its node, the alarm as last seen, and the ids of its latest events (those Acknowledge accepts). */
    private record Held(AlarmConditionTypeNode node, AlarmSnapshot alarm, Deque<ByteString> eventIds, NodeId source) {
    }

    ScadaConditions(OpcUaServer server, Host host, ScadaAcknowledgements acknowledgements) {
        this.server = server;
        this.host = host;
        this.acknowledgements = acknowledgements;
    }

    /** The ids of the city's alarms the server shows, to read their state again. */
    List<Long> shown(String city) {
        return held.values().stream().filter(h -> h.alarm().cityCode().equals(city)).map(h -> h.alarm().id()).toList();
    }

    /**
     * The city's alarms as the platform has them now: each new or changed one is an event of its
     * condition; one that no longer asks anything of anyone (closed, out of service, suppressed) is
     * told with Retain false, then its condition goes.
     */
    synchronized void update(String city, List<AlarmSnapshot> alarms) throws UaException {
        for (AlarmSnapshot alarm : alarms) {
            Held before = held.get(alarm.id());
            if (before != null && before.alarm().equals(alarm)) {
                continue;
            }
            Held now = before == null ? create(alarm) : new Held(before.node(), alarm, before.eventIds(), before.source());
            describe(now);
            fire(city, now.node(), item -> true);
            if (Boolean.TRUE.equals(now.node().getRetain())) {
                held.put(alarm.id(), now);
            } else {
                remove(now);
            }
        }
    }

    private Held create(AlarmSnapshot alarm) throws UaException {
        Tree<UaNode> tree = new NodeFactory(host.context()).createNodeTree(host.nodeId(alarm.cityCode() + "/alarm/" + alarm.id()),
                NodeIds.AlarmConditionType, new NodeFactory.InstantiationCallback() { });
        tree.traverse(node -> {
            if (node != null) { // an optional part of the type, left out
                host.guard(node, alarm.cityCode());
            }
        });

        AlarmConditionTypeNode node = (AlarmConditionTypeNode) tree.getValue();
        node.setBrowseName(host.name("alarm " + alarm.id()));
        node.setDisplayName(new LocalizedText(alarm.cityLocale().getLanguage(), alarm.rule()));
        ((UaMethodNode) node.getAcknowledgeMethodNode()).setInvocationHandler(new Acknowledge((UaMethodNode) node.getAcknowledgeMethodNode(),
                alarm.id()));
        NodeId source = host.source(alarm.pointId(), alarm.cityCode());
        node.addReference(new Reference(node.getNodeId(), NodeIds.HasCondition, source.expanded(), false));
        return new Held(node, alarm, new ArrayDeque<>(), source);
    }

    /** A new event of the condition: a new EventId (the latest few are kept for Acknowledge), the fields from the alarm. */
    private void describe(Held held) {
        ByteString eventId = NonceUtil.generateNonce(16);
        held.eventIds().addFirst(eventId);
        while (held.eventIds().size() > EVENT_IDS_KEPT) {
            held.eventIds().removeLast();
        }
        AlarmConditionFields.write(held.node(), held.alarm(), held.source(), eventId);
    }

    private void remove(Held gone) {
        held.remove(gone.alarm().id());
        gone.node().delete();
    }

    /** Sends an event to the event items that may hear of the city's alarms (and {@code which} accepts). */
    private void fire(String city, BaseEventTypeNode event, Predicate<EventItem> which) {
        Set<NodeId> notifiers = host.notifiers(city);
        for (Subscription subscription : server.getSubscriptions().values()) {
            if (host.may(subscription.getSession(), city, false)) {
                deliver(subscription.getMonitoredItems().values(), event, item -> notifiers.contains(item.getReadValueId().getNodeId())
                        && which.test(item));
            }
        }
    }

    private static void deliver(Collection<BaseMonitoredItem<?>> items, BaseEventTypeNode event, Predicate<EventItem> which) {
        for (BaseMonitoredItem<?> item : items) {
            if (item instanceof EventItem events && events.isSamplingEnabled() && which.test(events)) {
                events.onEvent(event);
            }
        }
    }

    /**
     * ConditionRefresh (5.5.7) and ConditionRefresh2 (5.5.8, one item): RefreshStart, the retained
     * conditions of the cities the session may read, RefreshEnd, to that subscription only.
     */
    void refresh(InvocationContext context, UInteger subscriptionId, UInteger itemId) throws UaException {
        Session session = context.getSession().orElseThrow(() -> new UaException(StatusCodes.Bad_UserAccessDenied));
        Subscription subscription = session.getSubscriptionManager().getSubscription(subscriptionId);
        if (subscription == null) {
            throw new UaException(StatusCodes.Bad_SubscriptionIdInvalid);
        }
        Collection<BaseMonitoredItem<?>> items = subscription.getMonitoredItems().values();
        Predicate<EventItem> which = item -> itemId == null || item.getId().equals(itemId);
        if (itemId != null && items.stream().noneMatch(i -> i.getId().equals(itemId))) {
            throw new UaException(StatusCodes.Bad_MonitoredItemIdInvalid);
        }
        BaseEventTypeNode start = refreshEvent(NodeIds.RefreshStartEventType, "RefreshStart");
        BaseEventTypeNode end = refreshEvent(NodeIds.RefreshEndEventType, "RefreshEnd");
        try {
            deliver(items, start, which);
            synchronized (this) {
                for (Held condition : held.values()) {
                    String city = condition.alarm().cityCode();
                    if (host.may(session, city, false)) {
                        Set<NodeId> notifiers = host.notifiers(city);
                        deliver(items, condition.node(), which.and(item -> notifiers.contains(item.getReadValueId().getNodeId())));
                    }
                }
            }
            deliver(items, end, which);
        } finally { // each item copied the fields it selects as the event was delivered
            start.delete();
            end.delete();
        }
    }

    private BaseEventTypeNode refreshEvent(NodeId type, String name) throws UaException {
        BaseEventTypeNode event = server.getEventFactory().createEvent(host.nodeId("refresh/" + UUID.randomUUID()), type);
        event.setBrowseName(host.name(name));
        event.setDisplayName(LocalizedText.english(name));
        event.setEventId(NonceUtil.generateNonce(16));
        event.setEventType(type);
        event.setSourceNode(NodeIds.Server);
        event.setSourceName("Server");
        event.setTime(DateTime.now());
        event.setReceiveTime(DateTime.NULL_VALUE);
        event.setMessage(LocalizedText.english(name));
        event.setSeverity(ushort(1));
        return event;
    }

    /** The server's ConditionRefresh methods, on ConditionType, answered here instead of by Milo's (which refreshes nothing). */
    void installRefreshMethods() {
        server.getAddressSpaceManager().getManagedNode(NodeIds.ConditionType_ConditionRefresh).map(UaMethodNode.class::cast)
                .ifPresent(node -> node.setInvocationHandler(new ConditionType.ConditionRefreshMethod(node) {
                    @Override
                    protected void invoke(InvocationContext context, UInteger subscriptionId) throws UaException {
                        refresh(context, subscriptionId, null);
                    }
                }));
        server.getAddressSpaceManager().getManagedNode(NodeIds.ConditionType_ConditionRefresh2).map(UaMethodNode.class::cast)
                .ifPresent(node -> node.setInvocationHandler(new ConditionType.ConditionRefresh2Method(node) {
                    @Override
                    protected void invoke(InvocationContext context, UInteger subscriptionId, UInteger itemId) throws UaException {
                        refresh(context, subscriptionId, Objects.requireNonNull(itemId));
                    }
                }));
    }

    /**
     * Acknowledge (5.7.3) with an EventId the condition sent: in the platform's alarm lifecycle, in
     * the SCADA account's name; the new state comes back as the condition's next event.
     */
    private final class Acknowledge extends AcknowledgeableConditionType.AcknowledgeMethod {

        private final long alarmId;

        Acknowledge(UaMethodNode node, long alarmId) {
            super(node);
            this.alarmId = alarmId;
        }

        @Override
        protected void invoke(InvocationContext context, ByteString eventId, LocalizedText comment) throws UaException {
            Held condition = held.get(alarmId);
            if (condition == null) {
                throw new UaException(StatusCodes.Bad_NodeIdUnknown, "the alarm is closed");
            }
            String city = condition.alarm().cityCode();
            Session session = context.getSession().orElseThrow(() -> new UaException(StatusCodes.Bad_UserAccessDenied));
            if (!host.may(session, city, true)) {
                throw new UaException(StatusCodes.Bad_UserAccessDenied, "acknowledging needs the operator-level SCADA role in " + city);
            }
            if (eventId == null || !condition.eventIds().contains(eventId)) {
                throw new UaException(StatusCodes.Bad_EventIdUnknown, "not an event of this condition");
            }
            if (Boolean.TRUE.equals(condition.node().getAckedStateNode().getId())) {
                throw new UaException(StatusCodes.Bad_ConditionBranchAlreadyAcked);
            }
            String user = ScadaUser.nameOf(session);
            acknowledgements.acknowledge(city, alarmId, comment == null || comment.text() == null ? "" : comment.text(), "opcua:" + user);
        }
    }
}

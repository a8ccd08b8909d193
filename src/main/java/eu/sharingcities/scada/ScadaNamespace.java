package eu.sharingcities.scada;

import eu.sharingcities.ingest.Reading;
import eu.sharingcities.opcua.PushingNamespace;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.AddressSpace.RevisedEventItemParameters;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogItemType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNodeContext;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadDetails;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.PermissionType;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.RolePermissionType;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ubyte;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * The cities as SCADA sees them, namespace {@value #URI}: {@code Objects/Cities/<City>/<District>/<Asset>/<Point>}
 * (an asset of no building, such as the weather station, directly under its city),
 * a variable per active point of the registry (Double, or Boolean for on/off states) carrying the
 * value, source time and status the controller gave. Every node below a city carries that city's
 * role in its RolePermissions (OPC UA Part 3, 5.2.9): a session browses and reads only the cities
 * whose role it was granted ({@link ScadaRoles}).
 */
final class ScadaNamespace extends PushingNamespace implements ScadaConditions.Host {

    static final String URI = "urn:sharingcities:platform:scada";
    private static final int DEFAULT_EVENT_QUEUE = 1000;

    private final Map<Integer, UaVariableNode> byPoint = new ConcurrentHashMap<>();
    private final List<ScadaPoint> points;
    private final Map<String, List<UaNode>> nodesByCity = new ConcurrentHashMap<>();
    private final Map<String, List<ScadaPoint>> pointsByCity = new ConcurrentHashMap<>();
    private final Map<NodeId, ScadaPoint> byNode = new ConcurrentHashMap<>();
    private final ScadaHistory history;
    private final ScadaWrites writes;
    private final ScadaConditions conditions;
    private UaFolderNode cities;

    ScadaNamespace(OpcUaServer server, List<ScadaPoint> points, ScadaWrites writes, ScadaAcknowledgements acknowledgements,
                   Callable<Connection> database) {
        super(server, URI);
        this.history = new ScadaHistory(server, database);
        this.points = List.copyOf(points);
        this.writes = writes;
        this.conditions = new ScadaConditions(server, this, acknowledgements);
        getLifecycleManager().addStartupTask(this::createNodes);
    }

    ScadaConditions conditions() {
        return conditions;
    }

    private void createNodes() {
        cities = folder("cities", "Cities", LocalizedText.english("Cities"), null);
        cities.addReference(new Reference(cities.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
        notifier(cities, NodeIds.Server);
        points.stream().collect(Collectors.groupingBy(ScadaPoint::cityCode, TreeMap::new, Collectors.toList())).forEach(this::addCity);
    }

    /**
     * Replaces a city's subtree with its points as the registry now has them (a configuration
     * reload): items monitoring a point that went away report Bad_NodeIdUnknown from then on.
     */
    synchronized void replaceCity(String city, List<ScadaPoint> cityPoints) {
        Set<UaNode> old = new HashSet<>(nodesByCity.getOrDefault(city, List.of()));
        nodesByCity.remove(city);
        pointsByCity.remove(city);
        old.forEach(UaNode::delete);
        byPoint.values().removeIf(old::contains);
        Set<NodeId> gone = old.stream().map(UaNode::getNodeId).collect(Collectors.toSet());
        byNode.keySet().removeIf(gone::contains);
        if (!cityPoints.isEmpty()) {
            addCity(city, cityPoints);
        }
    }

    private synchronized void addCity(String city, List<ScadaPoint> cityPoints) {
        List<UaNode> nodes = new ArrayList<>();
        ScadaPoint.City named = cityPoints.get(0).city();
        String language = named.locale().getLanguage();
        UaFolderNode cityFolder = folder(city, named.name(), new LocalizedText(language, named.name()), city);
        notifier(cityFolder, cities.getNodeId()); // hierarchical, as Organizes: it is how the city hangs below Cities
        nodes.add(cityFolder);
        Map<String, UaFolderNode> districts = new HashMap<>();
        Map<String, UaFolderNode> assets = new HashMap<>();
        for (ScadaPoint p : cityPoints) {
            UaFolderNode parent = p.district() == null ? cityFolder : districts.computeIfAbsent(p.district(), name -> {
                UaFolderNode folder = child(cityFolder, city + "/district/" + name, name, new LocalizedText(language, name), city);
                nodes.add(folder);
                return folder;
            });
            UaFolderNode asset = assets.computeIfAbsent(p.assetFolder(), name -> {
                UaFolderNode folder = child(parent, city + "/" + name, name, new LocalizedText(language, p.assetDisplayName()), city);
                nodes.add(folder);
                return folder;
            });
            nodes.add(variable(asset, p));
        }
        nodesByCity.put(city, nodes);
        pointsByCity.put(city, List.copyOf(cityPoints));
    }

    /** A folder whose browse name is a code clients may build paths with, and whose display name is for people. */
    private UaFolderNode folder(String path, String browseName, LocalizedText displayName, String city) {
        UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId(path), newQualifiedName(browseName), displayName);
        guard(folder, city);
        getNodeManager().addNode(folder);
        return folder;
    }

    /** A folder clients may subscribe to for events (its city's alarm conditions), below {@code parent} in the notifier tree. */
    private static void notifier(UaFolderNode folder, NodeId parent) {
        folder.setEventNotifier(ubyte(1)); // SubscribeToEvents, OPC 10000-3 5.4
        folder.addReference(new Reference(folder.getNodeId(), NodeIds.HasNotifier, parent.expanded(), false));
    }

    private UaFolderNode child(UaFolderNode parent, String path, String browseName, LocalizedText displayName, String city) {
        UaFolderNode folder = folder(path, browseName, displayName, city);
        parent.addOrganizes(folder);
        return folder;
    }

    private UaVariableNode variable(UaFolderNode folder, ScadaPoint p) {
        Set<AccessLevel> access = EnumSet.of(AccessLevel.CurrentRead, AccessLevel.HistoryRead);
        if (p.writable()) {
            access.add(AccessLevel.CurrentWrite);
        }
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(p.cityCode() + "/" + p.code()))
                .setAccessLevel(access)
                .setUserAccessLevel(access)
                .setHistorizing(true)
                .setBrowseName(newQualifiedName(p.code()))
                .setDisplayName(new LocalizedText(p.city().locale().getLanguage(), p.displayName()))
                .setDescription(new LocalizedText("", p.role() == null ? p.code() : p.code() + " (" + p.role() + ")"))
                .setDataType(p.bool() ? NodeIds.Boolean : NodeIds.Double)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .build();
        node.setValue(new DataValue(Variant.NULL_VALUE, new StatusCode(StatusCodes.Bad_WaitingForInitialData), null, DateTime.now()));
        guard(node, p.cityCode());
        if (p.writable()) {
            node.getFilterChain().addLast(new CommandWrite(p, writes));
        }
        getNodeManager().addNode(node);
        folder.addOrganizes(node);
        if (!p.bool()) {
            EngineeringUnits.of(p.unit()).ifPresent(eu -> node.setProperty(AnalogItemType.ENGINEERING_UNITS, eu));
        }
        if (p.writable() && !p.bool()) {
            node.setProperty(AnalogItemType.EU_RANGE, new Range(p.writeMin(), p.writeMax())); // what a write may ask for
        }
        byPoint.put(p.id(), node);
        byNode.put(node.getNodeId(), p);
        return node;
    }

    /** Only the city's role may browse and read the node; the user's permissions follow the session's roles. */
    @Override
    public void guard(UaNode node, String city) {
        if (city == null) {
            return;
        }
        node.setRolePermissions(new RolePermissionType[]{
                new RolePermissionType(ScadaRoles.reader(getNamespaceIndex(), city), PermissionType.of(PermissionType.Field.Browse,
                        PermissionType.Field.Read, PermissionType.Field.ReadRolePermissions)),
                new RolePermissionType(ScadaRoles.writer(getNamespaceIndex(), city), PermissionType.of(PermissionType.Field.Browse,
                        PermissionType.Field.Read, PermissionType.Field.ReadRolePermissions, PermissionType.Field.Write,
                        PermissionType.Field.Call))});
        node.getFilterChain().addFirst(new SessionPermissions());
    }

    @Override
    public UaNodeContext context() {
        return getNodeContext();
    }

    @Override
    public NodeId nodeId(String path) {
        return newNodeId(path);
    }

    @Override
    public QualifiedName name(String name) {
        return newQualifiedName(name);
    }

    @Override
    public NodeId source(Integer pointId, String city) {
        UaVariableNode point = pointId == null ? null : byPoint.get(pointId);
        return point != null ? point.getNodeId() : newNodeId(city);
    }

    @Override
    public Set<NodeId> notifiers(String city) {
        return Set.of(NodeIds.Server, cities.getNodeId(), newNodeId(city));
    }

    @Override
    public boolean may(Session session, String city, boolean operate) {
        UShort ns = getNamespaceIndex();
        return session != null && session.getRoleIds().orElse(List.of()).contains(operate ? ScadaRoles.writer(ns, city) : ScadaRoles.reader(ns, city));
    }

    /** A reading as ingestion received it: the value, the controller's source time and status, to every monitored item on it. */
    void accept(Reading reading) {
        UaVariableNode node = byPoint.get(reading.pointId());
        if (node == null) {
            return;
        }
        DateTime held = node.getValue().getSourceTime();
        if (held != null && !held.getJavaInstant().isBefore(Instant.ofEpochSecond(0, reading.epochMicros() * 1000))) {
            return; // a stored value looked up after a live one arrived, or a value held already (relayed during a hand-over)
        }

        boolean bool = NodeIds.Boolean.equals(node.getDataType());
        Variant value = Double.isNaN(reading.value()) ? Variant.NULL_VALUE : new Variant(bool ? (Object) (reading.value() != 0) : reading.value());
        DateTime source = new DateTime(Instant.ofEpochSecond(0, reading.epochMicros() * 1000));
        DataValue data = new DataValue(value, new StatusCode(reading.status() & 0xFFFFFFFFL), source, DateTime.now());
        node.setValue(data);
        push(node.getNodeId(), data);
    }

    @Override
    public List<HistoryReadResult> historyRead(HistoryReadContext context, HistoryReadDetails details, TimestampsToReturn timestamps,
                                               List<HistoryReadValueId> ids) {
        List<NodeId> roles = context.getSession().flatMap(Session::getRoleIds).orElse(List.of());
        return history.read(details, ids, byNode::get, city -> roles.contains(ScadaRoles.reader(getNamespaceIndex(), city)));
    }

    /** An event item on a city asking for no particular queue gets room for a burst (a refresh), not Milo's one (OPC 10000-4 5.12.1.5). */
    @Override
    public RevisedEventItemParameters onCreateEventItem(ReadValueId item, UInteger requestedQueueSize) {
        return new RevisedEventItemParameters(requestedQueueSize.longValue() == 0 ? uint(DEFAULT_EVENT_QUEUE) : requestedQueueSize);
    }

    @Override
    public RevisedEventItemParameters onModifyEventItem(ReadValueId item, UInteger requestedQueueSize) {
        return onCreateEventItem(item, requestedQueueSize);
    }

    @Override
    protected DataValue currentValue(NodeId node) {
        return getNodeManager().getNode(node).filter(UaVariableNode.class::isInstance).map(n -> ((UaVariableNode) n).getValue()).orElse(null);
    }

    /** The cities shown and the points each shows, as they were when its subtree was built. */
    Map<String, List<ScadaPoint>> shown() {
        return Map.copyOf(pointsByCity);
    }

    /** The points whose variable has had no value yet (waiting for initial data). */
    List<Integer> waiting() {
        return byPoint.entrySet().stream().filter(e -> e.getValue().getValue().getSourceTime() == null).map(Map.Entry::getKey).toList();
    }
}

package eu.sharingcities.simulator;

import eu.sharingcities.opcua.PushingNamespace;
import eu.sharingcities.opcua.ValueWrite;
import eu.sharingcities.simulator.model.BuildingModel;
import eu.sharingcities.simulator.model.HeatPumpModel;
import eu.sharingcities.simulator.model.LampModel;
import eu.sharingcities.telemetry.PointRole;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadDetails;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;

/**
 * The address space of one simulated city, namespace {@code urn:sharingcities:simulator:<city>}:
 * folders per asset, a variable per measured value (node ids like
 * {@code s=building/b001/zone-temperature}), writable setpoints and dimming levels that the device
 * clamps to its limits, and history for HistoryRead ({@link HistoryReader}).
 */
final class CityNamespace extends PushingNamespace {

    static String uri(String cityCode) {
        return "urn:sharingcities:simulator:" + cityCode;
    }

    private final SimulatedCity city;
    private final int historyCapacity;
    private final long seed;
    private final Map<NodeId, SimulatedVariable> variables = new LinkedHashMap<>();
    private final List<VariableDescription> descriptions = new ArrayList<>();

    /** What a variable is, for writing the platform's configuration file. */
    record VariableDescription(String path, String asset, PointRole role, String unit, boolean writable) {
    }

    CityNamespace(OpcUaServer server, SimulatedCity city, int historyCapacity, long seed) {
        super(server, uri(city.code()));
        this.city = city;
        this.historyCapacity = historyCapacity;
        this.seed = seed;
        getLifecycleManager().addStartupTask(this::createNodes);
    }

    private void createNodes() {
        UaFolderNode root = folder("controllers", "Controllers " + city.code());
        root.addReference(new org.eclipse.milo.opcua.sdk.core.Reference(root.getNodeId(), NodeIds.Organizes,
                NodeIds.ObjectsFolder.expanded(), false));
        UaFolderNode weather = child(root, "weather", "Weather");
        variable(weather, "weather/outdoor-temperature", "weather", PointRole.OUTSIDE_AIR_TEMPERATURE_SENSOR, "°C", city::outdoorC, null);
        UaFolderNode buildings = child(root, "building", "Buildings");
        for (int i = 0; i < city.buildings().size(); i++) {
            BuildingModel b = city.buildings().get(i);
            BuildingNaming naming = BuildingNaming.of(city.code(), i);
            UaFolderNode f = child(buildings, naming.asset(), "Building " + b.spec().id());
            buildingVariable(f, naming, BuildingMeasure.ZONE_TEMPERATURE, b::zoneC, null);
            buildingVariable(f, naming, BuildingMeasure.ZONE_SETPOINT, b::setpointC, b::requestSetpoint);
            buildingVariable(f, naming, BuildingMeasure.SUPPLY_TEMPERATURE, b::supplyC, null);
            buildingVariable(f, naming, BuildingMeasure.RETURN_TEMPERATURE, b::returnC, null);
            buildingVariable(f, naming, BuildingMeasure.HEAT_POWER, b::heatKw, null);
            buildingVariable(f, naming, BuildingMeasure.ELECTRIC_POWER, b::electricKw, null);
            buildingVariable(f, naming, BuildingMeasure.HEAT_METER, b::heatMeterKwh, null);
            buildingVariable(f, naming, BuildingMeasure.ELECTRICITY_METER, b::electricityMeterKwh, null);
        }
        city.heatPump().ifPresent(hp -> heatPumpNodes(root, hp));
        UaFolderNode lighting = child(root, "lighting", "Street lighting");
        for (int i = 0; i < city.lamps().size(); i++) {
            LampModel lamp = city.lamps().get(i);
            String base = String.format("lighting/l%04d", i + 1);
            UaFolderNode f = child(lighting, base, "Lamppost " + (i + 1));
            bool(f, base + "/state", base, PointRole.ON_OFF_STATUS, () -> lamp.on() ? 1 : 0);
            variable(f, base + "/dim-level", base, PointRole.DIMMING_LEVEL_COMMAND, "%", lamp::dimPercent, lamp::requestDim);
            variable(f, base + "/power", base, PointRole.ELECTRICAL_POWER_SENSOR, "W", lamp::powerW, null);
            bool(f, base + "/fault", base, PointRole.FAULT_STATUS, () -> lamp.fault() ? 1 : 0);
            variable(f, base + "/energy-meter", base, PointRole.ELECTRICAL_ENERGY_SENSOR, "kWh", lamp::energyKwh, null);
        }
    }

    private void heatPumpNodes(UaFolderNode root, HeatPumpModel hp) {
        String base = "heatpump/hp1";
        UaFolderNode f = child(root, base, "Water-source heat pump");
        variable(f, base + "/river-temperature", base, PointRole.ENTERING_WATER_TEMPERATURE_SENSOR, "°C", hp::riverC, null);
        variable(f, base + "/discharge-temperature", base, PointRole.LEAVING_WATER_TEMPERATURE_SENSOR, "°C", hp::dischargeC, null);
        variable(f, base + "/discharge-delta", base, PointRole.WATER_DIFFERENTIAL_TEMPERATURE_SENSOR, "K", hp::dischargeDeltaK, null);
        variable(f, base + "/river-flow", base, PointRole.WATER_FLOW_SENSOR, "m³/h", hp::riverFlowM3PerHour, null);
        variable(f, base + "/river-volume-meter", base, PointRole.WATER_VOLUME_SENSOR, "m³", hp::riverVolumeM3, null);
        variable(f, base + "/supply-temperature", base, PointRole.SUPPLY_WATER_TEMPERATURE_SENSOR, "°C", hp::supplyC, null);
        variable(f, base + "/return-temperature", base, PointRole.RETURN_WATER_TEMPERATURE_SENSOR, "°C", hp::returnC, null);
        variable(f, base + "/source-pump-power", base, PointRole.PUMP_ELECTRICAL_POWER_SENSOR, "kW", hp::sourcePumpKw, null);
        variable(f, base + "/source-pump-meter", base, PointRole.PUMP_ELECTRICAL_ENERGY_SENSOR, "kWh", hp::sourcePumpMeterKwh, null);
        variable(f, base + "/heat-output", base, PointRole.THERMAL_POWER_SENSOR, "kW", hp::heatKw, null);
        variable(f, base + "/electric-power", base, PointRole.ELECTRICAL_POWER_SENSOR, "kW", hp::electricKw, null);
        variable(f, base + "/cop", base, PointRole.COEFFICIENT_OF_PERFORMANCE_SENSOR, "1", hp::cop, null);
        variable(f, base + "/heat-meter", base, PointRole.THERMAL_ENERGY_SENSOR, "kWh", hp::heatMeterKwh, null);
        variable(f, base + "/electricity-meter", base, PointRole.ELECTRICAL_ENERGY_SENSOR, "kWh", hp::electricityMeterKwh, null);
    }

    /** Publishes every variable's current model value, stamped {@code at}. */
    void publish(DateTime at) {
        variables.forEach((node, variable) -> {
            DataValue changed = variable.publish(at);
            if (changed != null) {
                push(node, changed);
            }
        });
    }

    Map<NodeId, SimulatedVariable> variables() {
        return variables;
    }

    List<VariableDescription> descriptions() {
        return descriptions;
    }

    private UaFolderNode folder(String path, String name) {
        UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId(path), newQualifiedName(path), LocalizedText.english(name));
        getNodeManager().addNode(folder);
        return folder;
    }

    private UaFolderNode child(UaFolderNode parent, String path, String name) {
        UaFolderNode folder = folder(path, name);
        parent.addOrganizes(folder);
        return folder;
    }

    private void buildingVariable(UaFolderNode folder, BuildingNaming naming, BuildingMeasure measure, DoubleSupplier source,
                                  DoubleUnaryOperator write) {
        variable(folder, naming.path(measure), naming.asset(), measure.role, measure.unit, source, write);
    }

    private void bool(UaFolderNode folder, String path, String asset, PointRole role, DoubleSupplier source) {
        add(folder, path, asset, role, "", source, null, true);
    }

    private void variable(UaFolderNode folder, String path, String asset, PointRole role, String unit, DoubleSupplier source,
                          DoubleUnaryOperator write) {
        add(folder, path, asset, role, unit, source, write, false);
    }

    private void add(UaFolderNode folder, String path, String asset, PointRole role, String unit, DoubleSupplier source,
                     DoubleUnaryOperator write, boolean bool) {
        Set<AccessLevel> access = EnumSet.of(AccessLevel.CurrentRead, AccessLevel.HistoryRead);
        if (write != null) {
            access.add(AccessLevel.CurrentWrite);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(path))
                .setAccessLevel(access)
                .setUserAccessLevel(access)
                .setHistorizing(true)
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setDataType(bool ? NodeIds.Boolean : NodeIds.Double)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .build();
        SimulatedVariable variable = new SimulatedVariable(node, source, bool, historyCapacity, sensorNoise(path, unit, write != null, bool),
                seed, variables.size());
        node.setValue(new DataValue(variable.variant(source.getAsDouble()), StatusCode.GOOD, DateTime.now(), DateTime.now()));
        if (write != null) {
            node.getFilterChain().addLast(new ClampingWrite(write));
        }
        getNodeManager().addNode(node);
        folder.addOrganizes(node);
        variables.put(node.getNodeId(), variable);
        descriptions.add(new VariableDescription(path, asset, role, bool ? "bool" : unit, write != null));
    }

    /** Temperatures, powers and flows are measured with noise; meters, setpoints and states are exact. */
    private static double sensorNoise(String path, String unit, boolean writable, boolean bool) {
        if (writable || bool || path.endsWith("-meter") || path.endsWith("/cop")) {
            return 0;
        }
        return switch (unit) {
            case "°C" -> 0.02;
            case "kW", "W", "m³/h", "K" -> 0.01;
            default -> 0;
        };
    }

    /** A write goes to the device model, which clamps it; the node then shows what was applied. */
    private record ClampingWrite(DoubleUnaryOperator device) implements ValueWrite {
        @Override
        public DataValue written(AttributeFilterContext ctx, Object requested) throws UaException {
            if (!(requested instanceof Number number)) {
                throw new UaException(StatusCodes.Bad_TypeMismatch);
            }
            double applied = device.applyAsDouble(number.doubleValue());
            DateTime now = new DateTime(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            return new DataValue(new Variant(applied), StatusCode.GOOD, now, now);
        }
    }

    @Override
    public List<HistoryReadResult> historyRead(HistoryReadContext context, HistoryReadDetails details,
                                               TimestampsToReturn timestamps, List<HistoryReadValueId> ids) {
        return new HistoryReader(getServer(), variables).read(details, ids);
    }

    @Override
    protected DataValue currentValue(NodeId node) {
        SimulatedVariable variable = variables.get(node);
        return variable == null ? null : variable.node().getValue();
    }
}

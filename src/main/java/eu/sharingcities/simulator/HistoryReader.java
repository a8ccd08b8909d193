package eu.sharingcities.simulator;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryData;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadDetails;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;

import java.util.List;
import java.util.Map;

/**
 * Answers HistoryRead with raw values (ReadRawModifiedDetails) from the variables' histories,
 * which is what the platform's back-fill after an outage asks for. At most
 * {@link #MAX_VALUES_PER_NODE} values per node and call: a client asks again from the last
 * timestamp it got (no continuation points are kept).
 */
final class HistoryReader {

    static final int MAX_VALUES_PER_NODE = 10_000;

    private final OpcUaServer server;
    private final Map<NodeId, SimulatedVariable> variables;

    HistoryReader(OpcUaServer server, Map<NodeId, SimulatedVariable> variables) {
        this.server = server;
        this.variables = variables;
    }

    List<HistoryReadResult> read(HistoryReadDetails details, List<HistoryReadValueId> ids) {
        if (!(details instanceof ReadRawModifiedDetails raw) || Boolean.TRUE.equals(raw.getIsReadModified())) {
            return ids.stream().map(id -> failure(StatusCodes.Bad_HistoryOperationUnsupported)).toList();
        }
        long from = raw.getStartTime() == null || raw.getStartTime().isNull() ? Long.MIN_VALUE : raw.getStartTime().getJavaTime();
        long to = raw.getEndTime() == null || raw.getEndTime().isNull() ? Long.MAX_VALUE : raw.getEndTime().getJavaTime();
        long requested = raw.getNumValuesPerNode() == null ? 0 : raw.getNumValuesPerNode().longValue();
        int limit = (int) (requested <= 0 ? MAX_VALUES_PER_NODE : Math.min(requested, MAX_VALUES_PER_NODE));
        return ids.stream().map(id -> read(id.getNodeId(), Math.min(from, to), Math.max(from, to), limit)).toList();
    }

    private HistoryReadResult read(NodeId nodeId, long from, long to, int limit) {
        SimulatedVariable variable = variables.get(nodeId);
        if (variable == null) {
            return failure(StatusCodes.Bad_NodeIdUnknown);
        }
        DataValue[] values = variable.history().between(from, to, limit).stream()
                .map(s -> new DataValue(variable.variant(s.value()), StatusCode.GOOD, new DateTime(java.time.Instant.ofEpochMilli(s.epochMillis())), DateTime.now()))
                .toArray(DataValue[]::new);
        ExtensionObject data = ExtensionObject.encode(server.getStaticEncodingContext(), new HistoryData(values));
        return new HistoryReadResult(StatusCode.GOOD, ByteString.NULL_VALUE, data);
    }

    private static HistoryReadResult failure(long status) {
        return new HistoryReadResult(new StatusCode(status), ByteString.NULL_VALUE, null);
    }
}

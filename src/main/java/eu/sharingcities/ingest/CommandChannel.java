package eu.sharingcities.ingest;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;

import java.util.List;
import java.util.function.Supplier;

/**
 * The command path to one endpoint's controller: writes a point's node and reads it back over the
 * endpoint's live session (the commands feature decides what may be written). Fails at once,
 * without queuing, when the endpoint is not connected: a setpoint sent minutes late is worse than
 * one refused.
 */
public final class CommandChannel {

    private final String endpointId;
    private final PointSubscriptions nodes;
    private final Supplier<OpcUaClient> connectedClient;
    private final Supplier<String> state;

    CommandChannel(String endpointId, PointSubscriptions nodes, Supplier<OpcUaClient> connectedClient, Supplier<String> state) {
        this.endpointId = endpointId;
        this.nodes = nodes;
        this.connectedClient = connectedClient;
        this.state = state;
    }

    /** Writes a raw value to the point's node; the controller's answer (Good, or why it refused). */
    public StatusCode write(int pointId, double rawValue) throws UaException {
        OpcUaClient client = client();
        return client.writeValues(List.of(node(pointId)), List.of(DataValue.valueOnly(new Variant(rawValue)))).getFirst();
    }

    /** Reads the point's node now (not from the subscription), for a command's read-back. */
    public DataValue read(int pointId) throws UaException {
        OpcUaClient client = client();
        return client.readValue(0, TimestampsToReturn.Both, node(pointId));
    }

    private OpcUaClient client() throws UaException {
        OpcUaClient client = connectedClient.get();
        if (client == null) {
            throw new UaException(StatusCodes.Bad_NotConnected, "endpoint " + endpointId + " is " + state.get());
        }
        return client;
    }

    private NodeId node(int pointId) throws UaException {
        NodeId node = nodes.node(pointId);
        if (node == null) {
            throw new UaException(StatusCodes.Bad_NodeIdUnknown, "the point's node is not on the server");
        }
        return node;
    }
}

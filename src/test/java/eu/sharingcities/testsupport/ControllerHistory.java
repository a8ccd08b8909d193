package eu.sharingcities.testsupport;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryData;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/** What a controller served, read back from its own history as any OPC UA client would: the reference a test compares the database with. */
public final class ControllerHistory {

    private ControllerHistory() {
    }

    /** Source times (µs) of the values the node published in [from, to]. */
    public static List<Long> sourceTimes(String endpointUrl, String user, String password, String node, Instant from, Instant to)
            throws Exception {
        return new ArrayList<>(served(endpointUrl, user, password, List.of(node), from, to).get(node).keySet());
    }

    /**
     * Per node ({@code nsu=...;s=...}), the values it published in [from, to] by source time (µs); booleans as 1 and 0.
     * {@code from} and {@code to} must be whole milliseconds: the simulator reads its history to the millisecond, so
     * from 12:00:00.1234 it would also return a value of 12:00:00.123 that a database query from the same instant leaves out.
     */
    public static Map<String, SortedMap<Long, Double>> served(String endpointUrl, String user, String password, List<String> nodes,
                                                              Instant from, Instant to) throws Exception {
        if (from.getNano() % 1_000_000 != 0 || to.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("a history window starts and ends on a whole millisecond, not " + from + " – " + to);
        }
        OpcUaClient client = OpcUaClient.create(endpointUrl,
                endpoints -> endpoints.stream().filter(e -> e.getSecurityPolicyUri().equals(SecurityPolicy.None.getUri())).findFirst(),
                transport -> {
                }, config -> config.setIdentityProvider(new UsernameProvider(user, password)));
        client.connect();
        try {
            var details = new ReadRawModifiedDetails(false, new DateTime(from), new DateTime(to), uint(0), true);
            List<HistoryReadValueId> ids = new ArrayList<>();
            for (String node : nodes) {
                ids.add(new HistoryReadValueId(ExpandedNodeId.parse(node).toNodeIdOrThrow(client.getNamespaceTable()), null,
                        QualifiedName.NULL_VALUE, ByteString.NULL_VALUE));
            }
            HistoryReadResult[] results = client.historyRead(details, TimestampsToReturn.Source, false, ids).getResults();
            Map<String, SortedMap<Long, Double>> served = new LinkedHashMap<>();
            for (int i = 0; i < results.length; i++) {
                if (!results[i].getStatusCode().isGood()) {
                    throw new IllegalStateException("HistoryRead of " + nodes.get(i) + " failed: " + results[i].getStatusCode());
                }
                HistoryData data = (HistoryData) results[i].getHistoryData().decode(client.getStaticEncodingContext());
                SortedMap<Long, Double> values = new TreeMap<>();
                for (DataValue value : data.getDataValues()) {
                    DateTime time = value.getSourceTime();
                    Object raw = value.getValue().getValue();
                    double number = raw instanceof Boolean b ? (b ? 1 : 0) : ((Number) raw).doubleValue();
                    values.put(time.getJavaTime() * 1000 + (time.getUtcTime() % 10_000) / 10, number);
                }
                served.put(nodes.get(i), values);
            }
            return served;
        } finally {
            client.disconnect();
        }
    }
}

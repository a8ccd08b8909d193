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
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/** What a controller served, read back from its own history as any OPC UA client would: the reference a test compares the database with. */
public final class ControllerHistory {

    private ControllerHistory() {
    }

    /** Source times (µs) of the values the node published in [from, to]. */
    public static List<Long> sourceTimes(String endpointUrl, String user, String password, String node, Instant from, Instant to)
            throws Exception {
        OpcUaClient client = OpcUaClient.create(endpointUrl,
                endpoints -> endpoints.stream().filter(e -> e.getSecurityPolicyUri().equals(SecurityPolicy.None.getUri())).findFirst(),
                transport -> {
                }, config -> config.setIdentityProvider(new UsernameProvider(user, password)));
        client.connect();
        try {
            var details = new ReadRawModifiedDetails(false, new DateTime(from), new DateTime(to), uint(0), true);
            var id = new HistoryReadValueId(ExpandedNodeId.parse(node).toNodeIdOrThrow(client.getNamespaceTable()), null,
                    QualifiedName.NULL_VALUE, ByteString.NULL_VALUE);
            var result = client.historyRead(details, TimestampsToReturn.Source, false, List.of(id)).getResults()[0];
            if (!result.getStatusCode().isGood()) {
                throw new IllegalStateException("HistoryRead of " + node + " failed: " + result.getStatusCode());
            }
            HistoryData data = (HistoryData) result.getHistoryData().decode(client.getStaticEncodingContext());
            List<Long> times = new ArrayList<>();
            for (DataValue value : data.getDataValues()) {
                DateTime time = value.getSourceTime();
                times.add(time.getJavaTime() * 1000 + (time.getUtcTime() % 10_000) / 10);
            }
            return times;
        } finally {
            client.disconnect();
        }
    }
}

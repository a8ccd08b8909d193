package eu.sharingcities.ingest;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryData;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * After an outage, asks the server for the raw values each point missed (HistoryRead from the last
 * value received up to now), a few hundred nodes per request. Overlaps with what the subscription
 * delivers are harmless: readings are keyed by point and source time.
 */
final class HistoryBackfill {

    private static final int NODES_PER_REQUEST = 200;

    /** A point, its node on this server, and the source time of the last value received (µs). */
    record Gap(BoundPoint point, NodeId node, long lastSeenMicros) {
    }

    /** The gap of each point seen before ({@code lastSeen}: point id → microseconds) whose node is known. */
    static List<Gap> gaps(List<BoundPoint> points, Map<Integer, Long> lastSeen, IntFunction<NodeId> node) {
        List<Gap> gaps = new ArrayList<>();
        for (BoundPoint point : points) {
            Long seen = lastSeen.get(point.pointId());
            NodeId id = node.apply(point.pointId());
            if (seen != null && id != null) {
                gaps.add(new Gap(point, id, seen));
            }
        }
        return gaps;
    }

    /** Returns the number of values handed over, or -1 when the server keeps no history. */
    static long fill(OpcUaClient client, List<Gap> gaps, Consumer<Delivery> deliver) throws UaException {
        long delivered = 0;
        DateTime now = new DateTime(Instant.now());
        for (int from = 0; from < gaps.size(); from += NODES_PER_REQUEST) {
            List<Gap> chunk = gaps.subList(from, Math.min(gaps.size(), from + NODES_PER_REQUEST));
            long oldest = chunk.stream().mapToLong(Gap::lastSeenMicros).min().orElseThrow();
            var details = new ReadRawModifiedDetails(false, new DateTime(Instant.ofEpochSecond(0, (oldest + 1) * 1000)), now, uint(0), false);
            List<HistoryReadValueId> ids = new ArrayList<>();
            chunk.forEach(gap -> ids.add(new HistoryReadValueId(gap.node(), null, QualifiedName.NULL_VALUE, ByteString.NULL_VALUE)));
            HistoryReadResult[] results = client.historyRead(details, TimestampsToReturn.Source, true, ids).getResults();
            for (int i = 0; i < results.length; i++) {
                HistoryReadResult result = results[i];
                if (result.getStatusCode().getValue() == StatusCodes.Bad_HistoryOperationUnsupported) {
                    return -1;
                }
                if (result.getStatusCode().isBad() || result.getHistoryData() == null) {
                    continue;
                }
                HistoryData data = (HistoryData) result.getHistoryData().decode(client.getStaticEncodingContext());
                Gap gap = chunk.get(i);
                for (DataValue value : data.getDataValues() == null ? new DataValue[0] : data.getDataValues()) {
                    if (value.getSourceTime() != null && value.getSourceTime().getJavaTime() * 1000 > gap.lastSeenMicros()) {
                        deliver.accept(new Delivery(gap.point(), value));
                        delivered++;
                    }
                }
            }
        }
        return delivered;
    }

    /** One value read back from history for a point. */
    record Delivery(BoundPoint point, DataValue value) {
    }
}

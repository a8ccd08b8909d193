package eu.sharingcities.scada;

import eu.sharingcities.telemetry.PointHistory;
import eu.sharingcities.telemetry.PointId;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryData;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadDetails;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadProcessedDetails;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * HistoryRead of the platform's readings (OPC UA Part 11): raw values from PostgreSQL, at most
 * {@value #MAX_VALUES} per node and call, with a continuation point (the next start time, kept by
 * the client: nothing to release) for long ranges; processed Average, Minimum and Maximum over
 * 15 minutes, an hour or a day from the rollups the platform keeps (Part 13). A day is the city's
 * local day, as the rollups are. Values read back carry the controller's source time and status.
 */
final class ScadaHistory {

    static final int MAX_VALUES = 10_000;
    /** Good, with the historian bits saying "calculated" (Part 4, 7.39: info type DataValue, historian bits 01). */
    private static final StatusCode CALCULATED = new StatusCode(0x0000_0401L);
    private static final Map<Double, String> RESOLUTIONS = Map.of(900_000.0, "15min", 3_600_000.0, "hour", 86_400_000.0, "day");
    private static final Set<NodeId> AGGREGATES = Set.of(NodeIds.AggregateFunction_Average, NodeIds.AggregateFunction_Minimum,
            NodeIds.AggregateFunction_Maximum);

    private final OpcUaServer server;
    private final Callable<Connection> database;

    ScadaHistory(OpcUaServer server, Callable<Connection> database) {
        this.server = server;
        this.database = database;
    }

    /**
     * @param points   the point behind each of the namespace's variables
     * @param readable whether the session may read a city's history
     */
    List<HistoryReadResult> read(HistoryReadDetails details, List<HistoryReadValueId> ids, Function<NodeId, ScadaPoint> points,
                                 Predicate<String> readable) {
        try (Connection db = database.call()) { // one connection for the whole request
            List<HistoryReadResult> results = new ArrayList<>();
            for (HistoryReadValueId id : ids) {
                ScadaPoint point = points.apply(id.getNodeId());
                if (point == null) {
                    results.add(failure(StatusCodes.Bad_NodeIdUnknown));
                } else if (!readable.test(point.cityCode())) {
                    results.add(failure(StatusCodes.Bad_UserAccessDenied));
                } else {
                    results.add(read(db, details, id, point));
                }
            }
            return results;
        } catch (Exception e) {
            return ids.stream().map(id -> failure(StatusCodes.Bad_InternalError)).toList();
        }
    }

    private HistoryReadResult read(Connection db, HistoryReadDetails details, HistoryReadValueId id, ScadaPoint point) {
        try {
            return switch (details) {
                case ReadRawModifiedDetails raw when !Boolean.TRUE.equals(raw.getIsReadModified()) -> raw(db, raw, id, point);
                case ReadProcessedDetails processed -> processed(db, processed, point);
                default -> failure(StatusCodes.Bad_HistoryOperationUnsupported);
            };
        } catch (NumberFormatException e) {
            return failure(StatusCodes.Bad_ContinuationPointInvalid);
        } catch (SQLException e) {
            return failure(StatusCodes.Bad_InternalError);
        }
    }

    private HistoryReadResult raw(Connection db, ReadRawModifiedDetails raw, HistoryReadValueId id, ScadaPoint point) throws SQLException {
        Instant from = continuedFrom(id.getContinuationPoint()).orElse(instant(raw.getStartTime(), Instant.EPOCH));
        Instant to = instant(raw.getEndTime(), Instant.now().plusSeconds(60));
        long asked = raw.getNumValuesPerNode() == null ? 0 : raw.getNumValuesPerNode().longValue();
        int limit = (int) (asked <= 0 ? MAX_VALUES : Math.min(asked, MAX_VALUES));
        List<PointHistory.Stored> stored = PointHistory.readings(db, new PointId(point.id()), from, to, limit);
        DataValue[] values = stored.stream().map(s -> new DataValue(variant(point, s.value()), new StatusCode(s.status() & 0xFFFF_FFFFL),
                new DateTime(s.sourceTime()), DateTime.now())).toArray(DataValue[]::new);
        ByteString next = stored.size() == limit ? continuation(stored.getLast().sourceTime().plusNanos(1000)) : ByteString.NULL_VALUE;
        return new HistoryReadResult(StatusCode.GOOD, next, ExtensionObject.encode(server.getStaticEncodingContext(), new HistoryData(values)));
    }

    private HistoryReadResult processed(Connection db, ReadProcessedDetails processed, ScadaPoint point) throws SQLException {
        String resolution = RESOLUTIONS.get(processed.getProcessingInterval());
        NodeId[] aggregates = processed.getAggregateType();
        if (resolution == null || aggregates == null || aggregates.length != 1 || !AGGREGATES.contains(aggregates[0])) {
            return failure(StatusCodes.Bad_AggregateNotSupported);
        }
        List<PointHistory.Bucket> buckets = PointHistory.buckets(db, new PointId(point.id()), resolution, instant(processed.getStartTime(),
                Instant.EPOCH), instant(processed.getEndTime(), Instant.now()));
        NodeId aggregate = aggregates[0];
        DataValue[] values = buckets.stream().map(b -> new DataValue(new Variant(aggregate.equals(NodeIds.AggregateFunction_Average) ? b.mean()
                : aggregate.equals(NodeIds.AggregateFunction_Minimum) ? b.minimum() : b.maximum()), CALCULATED, new DateTime(b.start()),
                DateTime.now())).toArray(DataValue[]::new);
        return new HistoryReadResult(StatusCode.GOOD, ByteString.NULL_VALUE,
                ExtensionObject.encode(server.getStaticEncodingContext(), new HistoryData(values)));
    }

    private static Variant variant(ScadaPoint point, double value) {
        return Double.isNaN(value) ? Variant.NULL_VALUE : new Variant(point.bool() ? (Object) (value != 0) : value);
    }

    private static Instant instant(DateTime time, Instant otherwise) {
        return time == null || time.isNull() ? otherwise : time.getJavaInstant();
    }

    private static ByteString continuation(Instant next) {
        return ByteString.of(Long.toString(next.getEpochSecond() * 1_000_000 + next.getNano() / 1000).getBytes(StandardCharsets.US_ASCII));
    }

    private static java.util.Optional<Instant> continuedFrom(ByteString point) {
        if (point == null || point.isNull()) {
            return java.util.Optional.empty();
        }
        long micros = Long.parseLong(new String(point.bytesOrEmpty(), StandardCharsets.US_ASCII));
        return java.util.Optional.of(Instant.ofEpochSecond(0, micros * 1000));
    }

    private static HistoryReadResult failure(long status) {
        return new HistoryReadResult(new StatusCode(status), ByteString.NULL_VALUE, null);
    }
}

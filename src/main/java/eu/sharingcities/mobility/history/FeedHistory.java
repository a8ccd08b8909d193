package eu.sharingcities.mobility.history;

import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.mobility.BikeOperator;
import eu.sharingcities.mobility.feeds.GbfsData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Keeps the history of the operators' stations as readings through the ingestion core (stored,
 * rolled up, spooled while the database is away, charted and exported as any controller's): the
 * stations' points are registered when the feed's stations change, and each reading of the feed
 * adds the values that changed. The poller calls it as the platform itself.
 */
@ApplicationScoped
public class FeedHistory {

    private static final Logger LOG = Logger.getLogger(FeedHistory.class.getName());

    @Inject
    Ingestion ingestion;

    @Inject
    StationRegistry registry;

    /** An operator's registered stations, their points and what was last written of them. */
    private record Operator(BikeOperator operator, Set<String> stations, Map<StationPoints.Key, Integer> points, StationReadings readings) {
    }

    private final Map<Long, Operator> operators = new ConcurrentHashMap<>();
    private volatile boolean warnedOff;

    /** Writes what the operator's feed said now: its stations (null: unchanged) and vehicles (null: unchanged). */
    public void record(BikeOperator operator, List<GbfsData.Station> stations, List<GbfsData.Vehicle> vehicles, Instant now) {
        if (!ingestion.enabled()) {
            if (!warnedOff) {
                LOG.warning("bike share: the stations' history is not kept while ingestion is off (PLATFORM_OPCUA_CONFIG)");
                warnedOff = true;
            }
            return;
        }
        Operator known = operators.get(operator.id());
        if (stations != null) {
            Set<String> ids = Set.copyOf(stations.stream().map(GbfsData.Station::id).toList());
            if (known == null || !known.operator().equals(operator) || !known.stations().equals(ids)) {
                Map<StationPoints.Key, Integer> points = registry.register(operator, List.copyOf(ids));
                known = new Operator(operator, ids, points, known == null ? new StationReadings() : known.readings());
                operators.put(operator.id(), known);
                ingestion.pointsChanged(operator.city());
            }
        }
        if (known != null) {
            ingestion.accept(known.readings().of(known.points(), stations, vehicles, now));
        }
    }
}

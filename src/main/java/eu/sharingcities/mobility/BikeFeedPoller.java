package eu.sharingcities.mobility;

import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.mobility.feeds.GbfsData;
import eu.sharingcities.mobility.feeds.GbfsFeedReader;
import eu.sharingcities.mobility.history.FeedHistory;
import eu.sharingcities.mobility.history.StationPoints;
import eu.sharingcities.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Reads every enabled operator's GBFS feed: every {@code PLATFORM_MOBILITY_POLL_SECONDS} (5; 0:
 * never) it asks each reader for the files that are due (each at its own ttl) and writes the
 * stations and vehicles of the files that changed. A reader per operator, made again when its feed
 * or language changes; what each file's last attempt said is kept for the operator's page and API.
 * The stations' history goes through the ingestion core ({@link FeedHistory}). In a cluster each
 * feed is read by one instance, the holder of its lease (as an OPC UA endpoint is).
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BikeFeedPoller {

    private static final Logger LOG = Logger.getLogger(BikeFeedPoller.class.getName());
    private static final Set<String> STATION_FILES = Set.of("station_information", "station_status");
    private static final Set<String> VEHICLE_FILES = Set.of("vehicle_status", "free_bike_status");

    @Inject
    @ConfigProperty(name = "platform.mobility.poll-seconds", defaultValue = "5")
    long pollSeconds;

    @Inject
    BikeShare bikeShare;

    @Inject
    Event<BikeFeedChanged> feedChanged;

    @Inject
    FeedHistory history;

    @Inject
    Ingestion ingestion;

    @Inject
    MeterRegistry meters;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Long, Reading> readers = new ConcurrentHashMap<>();
    private ScheduledFuture<?> task;

    /** An operator's reader, for the feed and language it was made for. */
    private record Reading(BikeOperator operator, GbfsFeedReader reader) {
    }

    @PostConstruct
    void start() {
        if (pollSeconds > 0) {
            task = scheduler.scheduleWithFixedDelay(this::pollAll, pollSeconds, pollSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(true);
        }
    }

    /** One pass over every enabled operator; one operator's failure does not stop the others. */
    void pollAll() {
        try {
            CurrentUser.runAsSystem(() -> {
                List<BikeOperator> operators = bikeShare.enabledOperators();
                readers.keySet().retainAll(operators.stream().map(BikeOperator::id).toList());
                for (BikeOperator operator : operators) {
                    if (!ingestion.holdsLease(operator.city(), StationPoints.endpoint(operator.code()))) {
                        readers.remove(operator.id()); // another instance of the cluster reads this feed
                        continue;
                    }
                    try {
                        poll(operator);
                    } catch (RuntimeException e) {
                        LOG.warning("bike share " + operator.city() + "/" + operator.code() + ": " + e.getMessage() + "; tried again at the next pass");
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warning("bike share: the operators could not be read: " + e.getMessage());
        }
    }

    private void poll(BikeOperator operator) {
        Reading reading = readers.compute(operator.id(), (id, known) -> known != null && known.operator().equals(operator) ? known
                : new Reading(operator, new GbfsFeedReader(URI.create(operator.discoveryUrl()), operator.language(), http,
                Duration.ofSeconds(pollSeconds))));
        GbfsFeedReader feed = reading.reader();
        long started = System.nanoTime();
        Set<String> changed = feed.poll(Instant.now());
        boolean stations = changed.stream().anyMatch(STATION_FILES::contains);
        boolean vehicles = changed.stream().anyMatch(VEHICLE_FILES::contains);
        Map<String, JsonArray> catalogue = new HashMap<>();
        if (changed.contains("vehicle_types")) {
            catalogue.put("vehicle_types", GbfsData.list(feed, "vehicle_types", "vehicle_types"));
        }
        if (changed.contains("system_pricing_plans")) {
            catalogue.put("pricing_plans", GbfsData.list(feed, "system_pricing_plans", "plans"));
        }
        if (changed.contains("system_alerts")) {
            catalogue.put("alerts", GbfsData.list(feed, "system_alerts", "alerts"));
        }
        if (stations || vehicles || !catalogue.isEmpty()) {
            List<GbfsData.Station> stationList = stations ? GbfsData.stations(feed, operator.language()) : null;
            List<GbfsData.Vehicle> vehicleList = vehicles ? GbfsData.vehicles(feed) : null;
            long read = System.nanoTime();
            bikeShare.store(operator, stationList, vehicleList, catalogue);
            history.record(operator, stationList, vehicleList, Instant.now());
            timer(operator, "read").record(Duration.ofNanos(read - started));
            timer(operator, "fold").record(Duration.ofNanos(System.nanoTime() - read));
            feedChanged.fire(new BikeFeedChanged(operator.city(), changed));
        }
    }

    /** How long a feed's changed files took to read and check ("read"), and to store and hand to the readings ("fold"); ./run bench mobility. */
    private Timer timer(BikeOperator operator, String phase) {
        return Timer.builder("platform.mobility.feed").tag("city", operator.city()).tag("phase", phase).publishPercentiles(0.5, 0.99)
                .percentilePrecision(2).register(meters);
    }

    /** What the operator's feed said at its last reading (empty before the first). */
    public List<GbfsFeedReader.FileState> state(long operatorId) {
        Reading reading = readers.get(operatorId);
        return reading == null ? List.of() : reading.reader().state();
    }

    /** The feed's version, as its discovery file says ("" before it was read). */
    public String version(long operatorId) {
        Reading reading = readers.get(operatorId);
        return reading == null ? "" : reading.reader().version();
    }
}

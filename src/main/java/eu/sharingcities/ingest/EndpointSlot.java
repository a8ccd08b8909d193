package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.EndpointSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A configured endpoint on this platform instance: connected while this instance holds its lease
 * ({@link EndpointLeases}), shown as held elsewhere otherwise. {@link #keep()} runs at start and
 * then every few seconds: it takes the endpoint over when its holder died, and lets go of it
 * should another instance hold it.
 */
final class EndpointSlot {

    private static final Logger LOG = Logger.getLogger(EndpointSlot.class.getName());

    private final String cityCode;
    private final EndpointSettings settings;
    private final List<BoundPoint> points;
    private final EndpointLeases leases;
    private final Supplier<EndpointConnection> connections;
    private final Database database;
    private volatile EndpointConnection connection;
    private volatile Instant elsewhereSince = Instant.now();
    private boolean stopped;

    /** Where the newest stored readings are read from when this instance takes the endpoint. */
    record Database(String url, String user, String password) {
    }

    EndpointSlot(String cityCode, EndpointSettings settings, List<BoundPoint> points, EndpointLeases leases,
                 Supplier<EndpointConnection> connections, Database database) {
        this.cityCode = cityCode;
        this.settings = settings;
        this.points = points;
        this.leases = leases;
        this.connections = connections;
        this.database = database;
    }

    String endpointId() {
        return settings.id();
    }

    EndpointSettings settings() {
        return settings;
    }

    private String key() {
        return EndpointLeases.key(cityCode, settings.id());
    }

    synchronized void keep() {
        if (stopped) {
            return;
        }
        boolean ours = leases.tryAcquire(key());
        if (ours && connection == null) {
            EndpointConnection started = connections.get();
            newestStored().ifPresent(started::resumeAfter); // back-fill what nobody stored while the endpoint had no holder
            started.start();
            connection = started;
        } else if (!ours && connection != null) {
            LOG.info("OPC UA " + key() + ": another platform instance holds it now; disconnecting here");
            connection.close();
            connection = null;
            elsewhereSince = Instant.now();
        }
    }

    private Optional<Map<Integer, Long>> newestStored() {
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            return Optional.of(PointCatalog.newestStored(db, cityCode));
        } catch (SQLException e) {
            return Optional.empty(); // PostgreSQL away: the connection starts without a back-fill of the platform's own downtime
        }
    }

    Optional<EndpointConnection> connection() {
        return Optional.ofNullable(connection);
    }

    EndpointStatus status() {
        EndpointConnection current = connection;
        return current != null ? current.status()
                : new EndpointStatus(cityCode, settings.id(), settings.url(), EndpointState.ELSEWHERE,
                "another platform instance of the cluster is connected to it", elsewhereSince, points.size(), 0, 0,
                EndpointStatus.security(settings), settings.insecure());
    }

    synchronized void stop() {
        stopped = true;
        if (connection != null) {
            connection.close();
            connection = null;
        }
        leases.release(key());
    }
}

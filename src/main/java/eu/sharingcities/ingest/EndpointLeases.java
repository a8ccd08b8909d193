package eu.sharingcities.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Shares a cluster's OPC UA endpoints out among platform instances: an instance connects to an
 * endpoint only while it holds the endpoint's lease, a PostgreSQL session-level advisory lock on
 * a connection of its own. When an instance dies its session ends, the lock is released, and
 * another instance takes the endpoint over at its next {@link #tryAcquire}. While PostgreSQL is
 * unreachable nobody can take a lease, so an instance keeps what it holds (and spools). Should two
 * instances ever both connect to one endpoint, readings are keyed by point and source time:
 * the second copy is a duplicate, not an error.
 */
final class EndpointLeases implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EndpointLeases.class.getName());
    /** The first key of every lease: keeps these locks apart from any other advisory lock. */
    private static final int LEASE_CLASS = 47_110;

    private final Connector connector;
    /** Leases held by the current session. */
    private final Set<String> held = new HashSet<>();
    /** Leases held by a session that was lost: still ours until another instance proves otherwise. */
    private final Set<String> believed = new HashSet<>();
    private Connection connection;

    EndpointLeases(Connector connector) {
        this.connector = connector;
    }

    static String key(String cityCode, String endpointId) {
        return cityCode + "/" + endpointId;
    }

    /** True if this instance holds the endpoint's lease (already, or from now); false if another does. */
    synchronized boolean tryAcquire(String key) {
        if (held.contains(key) && connectionAlive()) {
            return true;
        }
        try {
            if (!connectionAlive()) {
                reopen();
            }
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?, hashtext(?))")) {
                lock.setInt(1, LEASE_CLASS);
                lock.setString(2, key);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    believed.remove(key);
                    if (rs.getBoolean(1)) {
                        held.add(key);
                        return true;
                    }
                    return false;
                }
            }
        } catch (SQLException e) {
            // PostgreSQL away: no other instance can take a lease either; keep what we believe we hold
            return held.contains(key) || believed.contains(key);
        }
    }

    synchronized void release(String key) {
        believed.remove(key);
        if (held.remove(key) && connectionAlive()) {
            try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?, hashtext(?))")) {
                unlock.setInt(1, LEASE_CLASS);
                unlock.setString(2, key);
                unlock.execute();
            } catch (SQLException e) {
                LOG.fine("releasing the lease of " + key + ": " + e.getMessage());
            }
        }
    }

    private boolean connectionAlive() {
        try {
            return connection != null && connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A new session holds no lock: what this instance held must be acquired again (tryAcquire does). */
    private void reopen() throws SQLException {
        closeQuietly();
        believed.addAll(held);
        held.clear();
        connection = connector.open();
        connection.setAutoCommit(true);
        if (!believed.isEmpty()) {
            LOG.info("ingestion: lease connection renewed; taking the leases of " + believed + " again");
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        held.clear();
        believed.clear();
        closeQuietly(); // ends the session: every lease is released at once
    }
}

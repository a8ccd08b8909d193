package eu.sharingcities.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/** What the deployment tells ingestion: where its configuration, spool and certificates are, its database login and its timings. */
@ApplicationScoped
public class IngestionSettings {

    @Inject
    @ConfigProperty(name = "platform.opcua-config", defaultValue = " ")
    String configDir;

    @Inject
    @ConfigProperty(name = "platform.spool.dir", defaultValue = " ")
    String spoolDir;

    @Inject
    @ConfigProperty(name = "platform.spool.max-mb", defaultValue = "1024")
    long spoolMaxMb;

    @Inject
    @ConfigProperty(name = "db.url")
    String dbUrl;

    @Inject
    @ConfigProperty(name = "db.user", defaultValue = "postgres")
    String dbUser;

    @Inject
    @ConfigProperty(name = "db.password", defaultValue = "")
    String dbPassword;

    @Inject
    @ConfigProperty(name = "platform.pki.dir", defaultValue = " ")
    String pkiDir;

    @Inject
    @ConfigProperty(name = "platform.pki.password", defaultValue = "sharing-cities")
    String pkiPassword;

    /** The demo's simulator makes new certificates at every start; real controllers go through the trust list. */
    @Inject
    @ConfigProperty(name = "platform.demo", defaultValue = "false")
    boolean trustAllServers;

    /** How often an instance checks its endpoint leases: the longest a dead instance's endpoints go unconnected (ADR 4). */
    @Inject
    @ConfigProperty(name = "platform.ingest.lease-check-seconds", defaultValue = "10")
    long leaseCheckSeconds;

    /** How long a controller's lost session may take to be revived before the connection starts over. */
    @Inject
    @ConfigProperty(name = "platform.ingest.session-revival-seconds", defaultValue = "15")
    long sessionRevivalSeconds;

    /** Ingestion is off while no configuration folder is named. */
    boolean enabled() {
        return !configDir.isBlank();
    }

    Path configFolder() {
        return Path.of(configDir.trim());
    }

    Path spool() {
        return spoolDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "sharing-cities-spool") : Path.of(spoolDir.trim());
    }

    long spoolMaxBytes() {
        return spoolMaxMb * 1_048_576;
    }

    Path pki() {
        return pkiDir.isBlank() ? spool().resolveSibling("pki") : Path.of(pkiDir.trim());
    }

    char[] pkiPassword() {
        return pkiPassword.toCharArray();
    }

    boolean trustAllServers() {
        return trustAllServers;
    }

    long leaseCheckSeconds() {
        return Math.max(1, leaseCheckSeconds);
    }

    Duration sessionRevival() {
        return Duration.ofSeconds(Math.max(1, sessionRevivalSeconds));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    EndpointSlot.Database database() {
        return new EndpointSlot.Database(dbUrl, dbUser, dbPassword);
    }
}

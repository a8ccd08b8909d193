package eu.sharingcities.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Applies the SQL in {@code migrations/} at start-up, before anything else uses the database.
 * Each migration runs in its own PostgreSQL transaction, so a failing one leaves nothing half-applied
 * and the deployment stops with the migration's name and PostgreSQL's reason.
 * <p>
 * The migrations run as the owner's login (DB_OWNER_USER), which then prepares the application's
 * login (DB_USER) and hands it its rights; the platform refuses to start when its own login could
 * escape row-level security ({@link ApplicationLogin}).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "db.user")
    String user;

    @Inject
    @ConfigProperty(name = "db.password", defaultValue = "")
    String password;

    @Inject
    @ConfigProperty(name = "db.owner-user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "db.owner-password", defaultValue = "")
    String ownerPassword;

    private volatile boolean complete;

    @PostConstruct
    void migrate() {
        try {
            var flyway = Flyway.configure().locations("classpath:db/migration");
            var result = (ownerUser.isPresent() ? flyway.dataSource(url, ownerUser.get(), ownerPassword) : flyway.dataSource(dataSource))
                    .load()
                    .migrate();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
        } catch (FlywayException e) {
            throw new PlatformStartupException("Database migration failed: " + e.getMessage()
                    + " — the failed migration was rolled back; fix it (or the database) and start again."
                    + (ownerUser.isEmpty() ? " The migrations need the tables' owner: set DB_OWNER_USER and DB_OWNER_PASSWORD." : ""), e);
        }
        try {
            if (ownerUser.isPresent()) {
                try (Connection owner = DriverManager.getConnection(url, ownerUser.get(), ownerPassword)) {
                    ApplicationLogin.prepare(owner, user, password);
                }
            }
            try (Connection application = dataSource.getConnection()) {
                ApplicationLogin.refusal(application).ifPresent(reason -> {
                    throw new PlatformStartupException(reason);
                });
            }
        } catch (SQLException e) {
            throw new PlatformStartupException("Could not prepare the application's database login DB_USER=" + user + ": " + e.getMessage()
                    + " — DB_OWNER_USER needs CREATEROLE to create it, or create it yourself (docs/security.md, \"Database roles\").", e);
        }
        complete = true;
    }

    public boolean isComplete() {
        return complete;
    }
}

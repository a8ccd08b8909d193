package eu.sharingcities.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Applies the SQL in {@code migrations/} at start-up, before anything else uses the database.
 * Each migration runs in its own PostgreSQL transaction, so a failing one leaves nothing half-applied
 * and the deployment stops with the migration's name and PostgreSQL's reason.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean complete;

    @PostConstruct
    void migrate() {
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
            complete = true;
        } catch (FlywayException e) {
            throw new PlatformStartupException("Database migration failed: " + e.getMessage()
                    + " — the failed migration was rolled back; fix it (or the database) and start again.", e);
        }
    }

    public boolean isComplete() {
        return complete;
    }
}

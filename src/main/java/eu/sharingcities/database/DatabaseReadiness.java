package eu.sharingcities.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * UP only when PostgreSQL answers and every migration has run. The answer is anyone's to read, so
 * it says UP or DOWN and nothing more; why it is DOWN goes to the server log, once a minute at most.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    private final AtomicLong lastLogged = new AtomicLong();

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("platform-database");
        try (var connection = dataSource.getConnection()) {
            boolean answers = connection.isValid(2);
            if (!migrations.isComplete()) {
                logAtMostEveryMinute("the migrations have not completed");
            }
            return response.status(answers && migrations.isComplete()).build();
        } catch (SQLException e) {
            logAtMostEveryMinute("PostgreSQL does not answer: " + e.getMessage());
            return response.down().build();
        }
    }

    private void logAtMostEveryMinute(String reason) {
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last > 60_000 && lastLogged.compareAndSet(last, now)) {
            LOG.warning("Not ready: " + reason);
        }
    }
}

package eu.sharingcities.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.SQLException;

/** UP only when PostgreSQL answers and every migration has run. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("platform-database").withData("migrated", migrations.isComplete());
        try (var connection = dataSource.getConnection()) {
            boolean answers = connection.isValid(2);
            return response.status(answers && migrations.isComplete()).build();
        } catch (SQLException e) {
            return response.withData("error", e.getMessage()).down().build();
        }
    }
}

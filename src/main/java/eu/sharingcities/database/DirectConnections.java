package eu.sharingcities.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Plain JDBC connections to the platform's database, outside the container's pool and
 * transactions: for the system's own work for every city (COPY at start-up, the demo's data, the
 * alarm and SEMS loops). They use the application's login, which row-level security binds, and so
 * open every city's rows ({@code platform.cities = '*'}, migrations/V1) for the whole session.
 */
@ApplicationScoped
public class DirectConnections {

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "db.user")
    String user;

    @Inject
    @ConfigProperty(name = "db.password", defaultValue = "")
    String password;

    public Connection open() throws SQLException {
        return open("sharing-cities");
    }

    /** A connection PostgreSQL shows under {@code applicationName} (pg_stat_activity), e.g. to find the platform's listeners. */
    public Connection open(String applicationName) throws SQLException {
        Properties login = new Properties();
        login.setProperty("ApplicationName", applicationName);
        login.setProperty("user", user);
        login.setProperty("password", password);
        login.setProperty("options", "-c platform.cities=*");
        return DriverManager.getConnection(url, login);
    }
}

package eu.sharingcities.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Plain JDBC connections to the platform's database, outside the container's pool and
 * transactions: for bulk work at start-up (COPY, the demo's data) that runs as the database owner.
 */
@ApplicationScoped
public class DirectConnections {

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "db.user", defaultValue = "postgres")
    String user;

    @Inject
    @ConfigProperty(name = "db.password", defaultValue = "")
    String password;

    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}

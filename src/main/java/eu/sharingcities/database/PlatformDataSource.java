package eu.sharingcities.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of the platform. Payara resolves {@code ${MPCONFIG=...}} at deployment, so
 * DB_URL / DB_USER / DB_PASSWORD (environment or system properties) choose the database.
 */
@DataSourceDefinition(
        name = PlatformDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {"fish.payara.log-jdbc-calls=false", "ApplicationName=sharing-cities"})
@ApplicationScoped
public class PlatformDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/platform";
}

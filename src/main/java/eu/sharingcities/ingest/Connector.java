package eu.sharingcities.ingest;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens a database connection of ingestion's own, on the platform's login: the writer, the rollup
 * folder and the endpoint leases each hold one, so none waits for another's statements.
 */
@FunctionalInterface
public interface Connector {
    Connection open() throws SQLException;
}

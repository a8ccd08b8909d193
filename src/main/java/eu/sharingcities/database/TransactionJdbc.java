package eu.sharingcities.database;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC on the connection of the caller's transaction: what a service writes in SQL commits or
 * rolls back with the rest, and the tenant scope set on that connection (row-level security) applies.
 */
public final class TransactionJdbc {

    private TransactionJdbc() {
    }

    /** Work with the transaction's connection. */
    public interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    public static <T> T run(EntityManager em, Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}

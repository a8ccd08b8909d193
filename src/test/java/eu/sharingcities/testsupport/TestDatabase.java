package eu.sharingcities.testsupport;

import eu.sharingcities.database.ApplicationLogin;
import eu.sharingcities.launcher.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One real PostgreSQL for the whole test JVM, the same embedded server {@code ./run} uses, in a
 * throw-away folder on a free loopback port. Its URL goes into the system property
 * {@code test.db.url}; the platform under test ({@link SharedPlatform}) uses it.
 */
public final class TestDatabase implements BeforeAllCallback {

    /** The login the platform runs as (the migrations run as {@code postgres}). */
    public static final String APPLICATION_LOGIN = EmbeddedDatabase.APPLICATION_LOGIN;

    private static EmbeddedDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        url();
    }

    public static synchronized String url() {
        if (database == null) {
            try {
                Path dir = Files.createTempDirectory("sharing-cities-test-pg");
                database = EmbeddedDatabase.startThrowaway(dir.resolve("data"), freePort(), Path.of("target", "test-postgres.log"));
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the test PostgreSQL; see target/test-postgres.log", e);
            }
            System.setProperty("test.db.url", database.jdbcUrl());
            System.setProperty("test.db.password", database.password());
            try { // the platform under test signs in as its own login, as ./run's does (database/ApplicationLogin.java)
                System.setProperty("test.db.app-password", database.applicationPassword());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try { // the platform under test spools next to this run's database, never into an older run's
                System.setProperty("test.spool.dir", Files.createTempDirectory("sharing-cities-test-spool").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database.jdbcUrl();
    }

    /** The superuser's password, generated when the server was made (EmbeddedDatabase). */
    public static String password() {
        url();
        return database.password();
    }

    /** The password of the platform's own login, {@link EmbeddedDatabase#APPLICATION_LOGIN}. */
    public static String applicationPassword() {
        url();
        return System.getProperty("test.db.app-password");
    }

    /** A connection as the database owner (a superuser, like the embedded platform's). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", password());
    }

    /**
     * An account with the demo password and the given grants ("milan:CITIZEN", "lisbon:VIEWER"),
     * for the roles the demo has no account of. Made once; later calls find it.
     */
    public static void account(String username, String organisation, String... grants) throws SQLException {
        try (Connection c = connect(); var insert = c.prepareStatement("""
                insert into user_account (username, display_name, password_hash, organisation)
                select ?, 'Test account', password_hash, ? from user_account where username = 'milan.viewer'
                on conflict (username) do nothing""")) {
            insert.setString(1, username);
            insert.setString(2, organisation);
            insert.executeUpdate();
            for (String grant : grants) {
                try (var role = c.prepareStatement("""
                        insert into city_grant (user_id, city_code, role) select id, ?, ? from user_account where username = ?
                        on conflict do nothing""")) {
                    role.setString(1, grant.substring(0, grant.indexOf(':')));
                    role.setString(2, grant.substring(grant.indexOf(':') + 1));
                    role.setString(3, username);
                    role.executeUpdate();
                }
            }
        }
    }

    /** A new, empty database on the test server; returns its JDBC URL. */
    public static String createEmptyDatabase(String name) throws SQLException {
        try (Connection c = connect(); var st = c.createStatement()) {
            st.execute("drop database if exists " + name);
            st.execute("create database " + name);
        }
        return url().substring(0, url().lastIndexOf('/') + 1) + name;
    }

    /**
     * A new database with every migration in migrations/ applied and the platform's own login
     * prepared in it, as the platform's start does; returns its JDBC URL.
     */
    public static String createMigratedDatabase(String name) throws SQLException {
        String url = createEmptyDatabase(name);
        Flyway.configure().dataSource(url, "postgres", password()).locations("filesystem:migrations").load().migrate();
        try (Connection owner = DriverManager.getConnection(url, "postgres", password())) {
            ApplicationLogin.prepare(owner, APPLICATION_LOGIN, applicationPassword());
        }
        return url;
    }

    /** A connection to {@code url} as the platform signs in, bound by row-level security. */
    public static Connection connectAsPlatform(String url) throws SQLException {
        return DriverManager.getConnection(url, APPLICATION_LOGIN, applicationPassword());
    }

    private static void stop() {
        try {
            database.close();
        } catch (IOException e) {
            System.err.println("Stopping the test PostgreSQL: " + e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

package eu.sharingcities.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;

/**
 * A real PostgreSQL 17 server from the zonky Maven artifact, with its data in a folder that
 * survives restarts. PostgreSQL refuses to run as root: {@code ./run} starts this JVM as an
 * unprivileged user (see the script), so this class needs no special case for it.
 * <p>
 * Nobody gets in without the password: the superuser's is generated on first start and kept
 * beside the data folder in {@code postgres-password}, readable by its owner only; pg_hba.conf
 * allows SCRAM-SHA-256 on loopback and the server's socket, which lives in the data folder (not
 * /tmp, where two instances in separate network namespaces would share a lock file).
 * The superuser runs the migrations; the platform itself signs in as {@link #APPLICATION_LOGIN},
 * a plain login that row-level security binds, with its own generated password in
 * {@code platform-app-password} (database/ApplicationLogin.java makes the role).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String APPLICATION_LOGIN = "platform_app";

    /** A Unix socket's path is limited to 107 bytes; beyond that the server listens on TCP only. */
    private static final int SOCKET_PATH_LIMIT = 100;
    private static final String HBA = """
            # Written by the platform's launcher at every start: a password (SCRAM-SHA-256) for everyone,
            # on the socket in this folder and on loopback. The password is in ../postgres-password.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final int port;
    private final String password;
    private final Path applicationPasswordFile;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port, String password, Path applicationPasswordFile) {
        this.postgres = postgres;
        this.port = port;
        this.password = password;
        this.applicationPasswordFile = applicationPasswordFile;
    }

    /** Starts (initialising on first use) the server whose data lives in {@code dataDir}. */
    public static EmbeddedDatabase start(Path dataDir, int port, Path logFile) throws IOException {
        return start(dataDir, port, logFile, false);
    }

    /** A server whose data folder is deleted when it stops: for tests and benchmarks. */
    public static EmbeddedDatabase startThrowaway(Path dataDir, int port, Path logFile) throws IOException {
        return start(dataDir, port, logFile, true);
    }

    private static EmbeddedDatabase start(Path dataDir, int port, Path logFile, boolean throwaway) throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.getParent());
        Path passwordFile = dataDir.toAbsolutePath().resolveSibling("postgres-password");
        String password = passwordIn(passwordFile);
        Path hba = dataDir.resolve("pg_hba.conf");
        // a cluster made before passwords (trust for all) gets its password once it has started
        boolean hadPassword = throwaway || !Files.exists(hba) || !Files.readString(hba).contains(" trust");
        var log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        String socketDir = dataDir.toAbsolutePath().toString();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(throwaway)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(120))
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                // initdb: the superuser's password from the file, SCRAM for every connection
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setLocaleConfig("auth", "scram-sha-256")
                .setConnectConfig("password", password)
                .setDataDirectoryCustomizer(dir -> {
                    if (hadPassword) {
                        writeHba(dir.toPath().resolve("pg_hba.conf"));
                    }
                })
                // zonky's defaults are for throw-away test databases; this one keeps real data
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", socketDir.length() <= SOCKET_PATH_LIMIT ? socketDir : "")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("max_connections", "100")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(pg, port, password, dataDir.toAbsolutePath().resolveSibling("platform-app-password"));
        if (!hadPassword) {
            database.giveTheSuperuserItsPassword(hba);
        }
        return database;
    }

    private void giveTheSuperuserItsPassword(Path hba) throws IOException {
        try (Connection db = DriverManager.getConnection(jdbcUrl(), user(), password); var st = db.createStatement()) {
            st.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            writeHba(hba);
            st.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the database superuser's password: " + e.getMessage(), e);
        }
    }

    private static void writeHba(Path hba) {
        try {
            Files.writeString(hba, HBA);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not write " + hba, e);
        }
    }

    /** The password in the file, made (owner-only) when there is none yet. */
    private static String passwordIn(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return password;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return password;
    }

    /** The password of {@link #APPLICATION_LOGIN}, made on first use and kept beside the superuser's. */
    public String applicationPassword() throws IOException {
        return passwordIn(applicationPasswordFile);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

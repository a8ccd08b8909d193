package eu.sharingcities.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL 17 server from the zonky Maven artifact, with its data in a folder that
 * survives restarts. PostgreSQL refuses to run as root: {@code ./run} starts this JVM as an
 * unprivileged user (see the script), so this class needs no special case for it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
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
        var log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(throwaway)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(120))
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                // zonky's defaults are for throw-away test databases; this one keeps real data
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .start();
        return new EmbeddedDatabase(pg, port);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    /** zonky initialises the cluster with trust authentication on loopback, so any password works. */
    public String password() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

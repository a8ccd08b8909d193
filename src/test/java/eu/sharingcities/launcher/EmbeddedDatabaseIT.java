package eu.sharingcities.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL lets nobody in without the generated password, and keeps its socket in its own folder. */
class EmbeddedDatabaseIT {

    @TempDir
    Path folder;

    @Test
    void onlyTheGeneratedPasswordGetsInAndItIsReadableByItsOwnerOnly() throws Exception {
        int port = freePort();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder.resolve("postgres"), port, folder.resolve("postgres.log"))) {
            Path passwordFile = folder.resolve("postgres-password");
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(30);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");

            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (var c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
            assertThat(folder.resolve("postgres/.s.PGSQL." + port)).as("the socket is in the data folder").exists();
            assertThat(Path.of("/tmp/.s.PGSQL." + port + ".lock")).as("nothing in /tmp").doesNotExist();
        }
    }

    @Test
    void aClusterMadeBeforePasswordsGetsOneOnItsNextStart() throws Exception {
        int port = freePort();
        Path data = folder.resolve("postgres");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, port, folder.resolve("postgres.log"))) {
            assertThat(db.password()).isNotBlank();
        }
        // as zonky made clusters before: trust for everyone, no password file
        Files.writeString(data.resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
        Files.delete(folder.resolve("postgres-password"));

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, port, folder.resolve("postgres.log"))) {
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "anything").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (var c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

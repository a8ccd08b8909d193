package eu.sharingcities.security;

import eu.sharingcities.launcher.PayaraMicroProcess;
import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.SharedPlatform;
import eu.sharingcities.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production start (no demo) on an empty database: the first administrator comes from
 * PLATFORM_ADMIN_PASSWORD, which the deployment's environment holds, so it must be replaced at the
 * first sign-in before anything else answers; demo accounts do not exist.
 */
class FirstAdministratorIT {

    @TempDir
    Path work;

    @BeforeAll
    static void alone() {
        SharedPlatform.stop(); // a second platform beside the shared one would compete for the two cores
    }

    @Test
    void theBootstrapAdministratorsPasswordIsRotatedAtTheFirstSignIn() throws Exception {
        String url = TestDatabase.createEmptyDatabase("first_administrator");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // as in production: the owner runs the migrations and makes the platform's own login, which does not exist yet
        Map<String, String> env = Map.of("DB_URL", url, "DB_OWNER_USER", "postgres", "DB_OWNER_PASSWORD", TestDatabase.password(),
                "DB_USER", "first_deployment_app", "DB_PASSWORD", "the application's own secret",
                "PLATFORM_DEMO", "false", "PLATFORM_ADMIN_USERNAME", "root.admin", "PLATFORM_ADMIN_PASSWORD", "first deployment secret",
                "PLATFORM_PKI_DIR", work.resolve("pki").toString(), "PLATFORM_SPOOL_DIR", work.resolve("spool").toString());
        try (PayaraMicroProcess platform = PayaraMicroProcess.start(Path.of(System.getProperty("payara.microJar")),
                Path.of("target/sharing-cities.war"), port, work.resolve("payara.log"), env, List.of("--nocluster"))) {
            assertThat(platform.awaitReady(Duration.ofMinutes(3))).as("ready; see " + work.resolve("payara.log")).isTrue();
            Api api = new Api(URI.create("http://127.0.0.1:" + port + "/").toURL());

            assertThat(api.get("/api/cities", "consortium.admin:demo").status()).as("no demo accounts").isEqualTo(401);
            Api.Answer first = api.get("/api/cities", "root.admin:first deployment secret");
            assertThat(first.status()).isEqualTo(403);
            assertThat(first.json().asJsonObject().getString("error")).contains("change it first");

            assertThat(api.post("/api/me/password", "root.admin:first deployment secret", "application/json",
                    "{\"current\": \"first deployment secret\", \"newPassword\": \"only the administrator knows\"}").status()).isEqualTo(200);
            assertThat(api.get("/api/cities", "root.admin:only the administrator knows").status()).isEqualTo(200);
            assertThat(api.get("/api/cities", "root.admin:first deployment secret").status())
                    .as("the password in the deployment's environment no longer opens anything").isEqualTo(401);
        }
    }
}

package eu.sharingcities.testsupport;

import eu.sharingcities.launcher.EmbeddedDatabase;
import eu.sharingcities.launcher.PayaraMicroProcess;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One platform for every black-box test class of the test JVM: the built WAR in a Payara Micro
 * started as {@code ./run} starts it ({@link PayaraMicroProcess}), against the test PostgreSQL, the
 * test controllers and the test mail server. Starting a Payara per class cost half a minute each;
 * the database was shared already, so the classes never relied on a fresh one. It stops with the
 * JVM, or earlier for a test that starts a platform of its own ({@link #stop()}).
 * <p>
 * The tests are its proxy (PLATFORM_TRUSTED_PROXIES=127.0.0.1): X-Forwarded-For lets them sign in
 * from several addresses; a guesser's first wait is 30 s instead of 1 s, so a browser test is still
 * inside it after its next page load.
 */
public final class SharedPlatform implements BeforeAllCallback {

    private static final Path LOG = Path.of("target", "shared-platform", "payara.log");
    private static PayaraMicroProcess platform;
    private static URL base;
    private static int scadaPort;
    /** Few, so a test reaches the limit quickly. */
    public static final int SCADA_SESSIONS_PER_USER = 3;
    private static Path pki;

    @Override
    public void beforeAll(ExtensionContext context) {
        base();
    }

    /** The platform's base URL, starting it first if it is not running. */
    public static synchronized URL base() {
        if (platform == null) {
            try {
                start();
            } catch (Exception e) {
                throw new IllegalStateException("the platform under test did not start: " + e.getMessage() + "; see " + LOG, e);
            }
        }
        return base;
    }

    /** The SCADA server's port (OPC UA), the platform started. */
    public static synchronized int scadaPort() {
        base();
        return scadaPort;
    }

    /** The platform's PKI folder: a test trusts its OPC UA client's certificate there, as an administrator would. */
    public static synchronized Path pki() {
        base();
        return pki;
    }

    /** Stops it, for a test that runs a platform of its own: two on two cores would slow each other down. */
    public static synchronized void stop() {
        if (platform != null) {
            try {
                platform.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            platform = null;
        }
    }

    private static void start() throws Exception {
        TestControllers.start();
        TestMail.start();
        int port = freePort();
        PayaraMicroProcess started = PayaraMicroProcess.start(Path.of(System.getProperty("payara.microJar")), Path.of("target/sharing-cities.war"),
                port, LOG, environment(), java.util.List.of("--nocluster"));
        if (!started.awaitReady(Duration.ofMinutes(4))) {
            String causes = String.join("\n  ", started.errorLines());
            started.close();
            throw new IllegalStateException("not ready within 4 minutes:\n  " + causes);
        }
        platform = started;
        base = URI.create("http://127.0.0.1:" + port + "/").toURL();
        // at the JVM's end nothing of it is kept (its database goes too): killed, not asked, which took Payara over 30 s
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    private static Map<String, String> environment() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", TestDatabase.url());
        env.put("DB_OWNER_USER", "postgres");
        env.put("DB_OWNER_PASSWORD", TestDatabase.password());
        env.put("DB_USER", EmbeddedDatabase.APPLICATION_LOGIN);
        env.put("DB_PASSWORD", TestDatabase.applicationPassword());
        env.put("PLATFORM_DEMO", "true");
        env.put("PLATFORM_TRUSTED_PROXIES", "127.0.0.1");
        env.put("PLATFORM_SIGN_IN_FIRST_DELAY_SECONDS", "30");
        env.put("PLATFORM_METRICS_TOKEN", Api.METRICS_TOKEN);
        env.put("PLATFORM_OPCUA_CONFIG", System.getProperty("test.opcua.config"));
        env.put("PLATFORM_SPOOL_DIR", System.getProperty("test.spool.dir"));
        pki = Files.createTempDirectory("sharing-cities-test-pki");
        env.put("PLATFORM_PKI_DIR", pki.toString());
        scadaPort = freePort();
        env.put("PLATFORM_SCADA_PORT", Integer.toString(scadaPort));
        env.put("PLATFORM_SCADA_MAX_SESSIONS_PER_USER", Integer.toString(SCADA_SESSIONS_PER_USER));
        env.put("PLATFORM_SMTP_HOST", "127.0.0.1");
        env.put("PLATFORM_SMTP_PORT", Integer.toString(TestMail.PORT));
        env.put("PLATFORM_SEMS_CYCLE_SECONDS", "3");
        env.put("PLATFORM_LIGHTING_SCHEDULE_SECONDS", "0"); // the lamps are commanded when LightingIT applies the schedule, not behind other tests' backs
        env.put("PLATFORM_DEMO_GBFS", "http://127.0.0.1:" + TestControllers.bikes().port() + "/gbfs/");
        env.put("PLATFORM_MOBILITY_POLL_SECONDS", "2");
        env.put("PLATFORM_GBFS_REQUESTS_PER_MINUTE", "120"); // GbfsFeedIT reaches it from an address of its own
        return env;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package eu.sharingcities.testsupport;

import eu.sharingcities.simulator.ConfigWriter;
import eu.sharingcities.simulator.CityControllerServer;
import eu.sharingcities.simulator.Simulator;
import eu.sharingcities.simulator.SimulatorOptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Small simulated controllers for all six cities in the test JVM (loopback ports from 48600), and
 * their opcua-config files in target/test-opcua-config, named to the platform under test through
 * the system property {@code test.opcua.config}. The password comes from SIMULATOR_PASSWORD, which
 * the failsafe configuration sets for the test JVM and so for the Payara it starts.
 * Warsaw's file starts broken (a misspelt key), so tests can see one bad city leave the others
 * running; {@link #repair(String)} writes it correctly again.
 */
public final class TestControllers implements BeforeAllCallback {

    public static final int FIRST_PORT = 48_600;
    public static final String BROKEN_CITY = "warsaw";
    private static Simulator simulator;
    private static Path dir;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    public static synchronized void start() throws Exception {
        if (simulator != null) {
            return;
        }
        String password = System.getenv().getOrDefault("SIMULATOR_PASSWORD", "simulator");
        SimulatorOptions options = new SimulatorOptions(SimulatorOptions.ALL_CITIES, FIRST_PORT, 2, 3, Duration.ofMillis(500),
                Duration.ofMinutes(10), 7, "platform", password);
        simulator = Simulator.start(options);
        dir = Path.of("target", "test-opcua-config").toAbsolutePath();
        for (CityControllerServer server : simulator.servers()) {
            ConfigWriter.write(server, dir);
        }
        Path broken = dir.resolve(BROKEN_CITY + ".yaml");
        Files.writeString(broken, Files.readString(broken).replace("samplingIntervalMs:", "samplingIntervallMs:"));
        System.setProperty("test.opcua.config", dir.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                simulator.close();
            } catch (Exception ignored) {
                // the JVM is ending
            }
        }));
    }

    /** Writes the city's configuration file correctly again. */
    public static synchronized void repair(String city) throws Exception {
        for (CityControllerServer server : simulator.servers()) {
            if (server.namespaceUri().endsWith(":" + city)) {
                ConfigWriter.write(server, dir);
            }
        }
    }
}

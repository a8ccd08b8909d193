package eu.sharingcities.testsupport;

import eu.sharingcities.simulator.BikeShareServer;
import eu.sharingcities.simulator.CityControllerServer;
import eu.sharingcities.simulator.ConfigWriter;
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
 * running; {@link #repair(String)} writes it correctly again. Lisbon's file lets commands go
 * wrong in every way a controller can make them ({@link #FAULTY_WRITES_CITY}).
 */
public final class TestControllers implements BeforeAllCallback {

    public static final int FIRST_PORT = 48_600;
    public static final String BROKEN_CITY = "warsaw";
    /**
     * Lisbon's b001 setpoint may be written down to 5 °C, which the controller clamps to 12; its
     * b002 zone temperature is declared writable though the controller refuses writes; and an
     * endpoint "offline" that never answers, on policy None accepted as insecure, has a writable valve.
     */
    public static final String FAULTY_WRITES_CITY = "lisbon";
    private static Simulator simulator;
    private static BikeShareServer bikes;
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
        // January's weather whatever the season: SEMS and heat pump tests need buildings that heat
        SimulatorOptions options = new SimulatorOptions(SimulatorOptions.ALL_CITIES, FIRST_PORT, 2, 3, Duration.ofMillis(500),
                Duration.ofMinutes(10), 7, "platform", password).withWeatherDay(java.time.MonthDay.of(1, 15));
        simulator = Simulator.start(options);
        dir = Path.of("target", "test-opcua-config").toAbsolutePath();
        for (CityControllerServer server : simulator.servers()) {
            ConfigWriter.write(server, dir);
        }
        Path broken = dir.resolve(BROKEN_CITY + ".yaml");
        Files.writeString(broken, Files.readString(broken).replace("samplingIntervalMs:", "samplingIntervallMs:"));
        makeWritesFaulty(dir.resolve(FAULTY_WRITES_CITY + ".yaml"));
        System.setProperty("test.opcua.config", dir.toString());
        // each city's bike-share operator, its status fresh for 2 s (a real one's ttl is longer; the tests should not wait)
        bikes = BikeShareServer.start(SimulatorOptions.ALL_CITIES, 24, 0, Duration.ofMillis(500), 2, 7);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                bikes.close();
                simulator.close();
            } catch (Exception ignored) {
                // the JVM is ending
            }
        }));
    }

    /** The simulated bike-share operators (GBFS on loopback). */
    public static synchronized BikeShareServer bikes() throws Exception {
        start();
        return bikes;
    }

    /** The in-process simulator's lamp {@code number} of a city (1: lighting/l0001), to break and repair. */
    public static eu.sharingcities.simulator.model.LampModel lamp(String city, int number) {
        return simulator.servers().stream().filter(s -> s.namespaceUri().endsWith(":" + city)).findFirst().orElseThrow().lamp(number);
    }

    private static void makeWritesFaulty(Path file) throws java.io.IOException {
        String city = FAULTY_WRITES_CITY;
        String setpoint = "code: " + city + ".building.b001.zone-setpoint, asset: building/b001, role: Zone_Air_Temperature_Setpoint, unit: \"°C\", "
                + "write: {min: ";
        String temperature = "code: " + city + ".building.b002.zone-temperature, asset: building/b002, role: Zone_Air_Temperature_Sensor, unit: \"°C\"";
        String yaml = Files.readString(file)
                .replace(setpoint + "16, max: 24, maxStep: 2, minIntervalS: 5}", setpoint + "5, max: 24, maxStep: 20, minIntervalS: 0}")
                .replace(temperature, temperature + ", write: {min: 0, max: 30}")
                + "  - id: offline\n"
                + "    url: opc.tcp://127.0.0.1:1/offline\n"
                + "    security: {policy: None, mode: None, insecure: true}\n"
                + "    auth: {type: anonymous}\n"
                + "    points:\n"
                + "      - {node: \"nsu=urn:vendor:valves;s=valve1\", code: " + city + ".offline.valve, unit: \"%\", write: {min: 0, max: 100}}\n";
        if (!yaml.contains("maxStep: 20, minIntervalS: 0}") || !yaml.contains("write: {min: 0, max: 30}")) {
            throw new IllegalStateException("the simulator's configuration changed; make " + file + " faulty again");
        }
        Files.writeString(file, yaml);
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

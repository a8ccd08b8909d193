package eu.sharingcities.testsupport;

import eu.sharingcities.ingest.config.CityIngestConfig;
import eu.sharingcities.ingest.config.IngestConfigReader;
import eu.sharingcities.ingest.config.PointBinding;
import eu.sharingcities.launcher.EmbeddedDatabase;
import eu.sharingcities.launcher.PayaraMicroProcess;
import eu.sharingcities.simulator.ConfigWriter;
import eu.sharingcities.simulator.Simulator;
import eu.sharingcities.simulator.SimulatorOptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A production start of the built WAR (no demo; the first administrator from the environment) on
 * a deployment of its own: a PostgreSQL server a test may stop, spool and PKI folders, and
 * Lisbon's controllers simulated in a process a test may kill. One per test JVM, shared by the
 * tests the shared platform cannot serve (a first sign-in on an empty database, faults): a Payara
 * start costs about 40 s. Started on first use, killed with the JVM; its logs are kept in
 * target/production-deployment for a failure's post-mortem.
 */
public final class ProductionDeployment {

    public static final String CITY = "lisbon";
    public static final String ADMIN = "root.admin";
    public static final String ADMIN_PASSWORD = "first deployment secret";
    /** Lisbon's SCADA account, made as the deployment starts; its password is the first administrator's. */
    public static final String SCADA_USER = CITY + ".scada";
    public static final String METRICS_TOKEN = "production-test-metrics-token";
    private static final String SIMULATOR_PASSWORD = "fault-test";
    private static final int SIMULATOR_PORT = 48_571;
    private static final Path LOGS = Path.of("target", "production-deployment");
    private static ProductionDeployment running;

    private final Path work;
    private final int databasePort;
    private final String endpointUrl;
    private final List<PointBinding> bindings;
    private EmbeddedDatabase database;
    private SimulatorProcess simulator;
    private PayaraMicroProcess platform;
    private int httpPort;

    /** The running deployment, started first if there is none. */
    public static synchronized ProductionDeployment get() throws Exception {
        if (running == null) {
            SharedPlatform.stop(); // a second platform beside the shared one would compete for the two cores
            running = new ProductionDeployment();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
        }
        return running;
    }

    private ProductionDeployment() throws Exception {
        work = Files.createTempDirectory("sharing-cities-production-test");
        databasePort = freePort();
        database = EmbeddedDatabase.start(work.resolve("postgres"), databasePort, work.resolve("postgres.log"));
        try (Simulator writer = Simulator.start(SimulatorOptions.parse(simulatorOptions()))) { // the same options give the same variables
            Path configFile = ConfigWriter.write(writer.servers().getFirst(), work.resolve("opcua-config"));
            endpointUrl = writer.servers().getFirst().endpointUrl();
            CityIngestConfig config = new IngestConfigReader().read(configFile);
            if (!config.problems().isEmpty()) {
                throw new IllegalStateException("the simulator's configuration has problems: " + config.problems());
            }
            bindings = config.endpoints().getFirst().points();
        }
        // as an administrator does for a real controller: its certificate in the platform's trust list
        Path trusted = Files.createDirectories(pki().resolve("trust").resolve("trusted").resolve("certs"));
        Files.copy(work.resolve("simulator-certificates").resolve(CITY + ".der"), trusted.resolve(CITY + "-controllers.der"));
        simulator = startSimulator();
        httpPort = freePort();
        platform = startInstance(httpPort, freePort());
        scadaAccount();
    }

    public URL base() throws IOException {
        return URI.create("http://127.0.0.1:" + httpPort + "/").toURL();
    }

    public int httpPort() {
        return httpPort;
    }

    /** The points the platform reads from the simulated controllers, as its configuration binds them. */
    public List<PointBinding> bindings() {
        return bindings;
    }

    /** The simulated controllers' OPC UA endpoint (its history is what they served). */
    public String endpointUrl() {
        return endpointUrl;
    }

    public String simulatorPassword() {
        return SIMULATOR_PASSWORD;
    }

    public Path pki() {
        return work.resolve("pki");
    }

    public Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    /** SIGKILL for the controllers' process, then a new one: what a controller losing power does. */
    public void restartSimulatorAfterKill() throws Exception {
        simulator.kill();
        simulator = startSimulator();
    }

    public void stopDatabase() throws IOException {
        database.close();
    }

    public void startDatabase() throws IOException {
        database = EmbeddedDatabase.start(work.resolve("postgres"), databasePort, work.resolve("postgres.log"));
    }

    /** Another instance of the cluster on the same database, folders and controllers; ready when it returns. */
    public PayaraMicroProcess startInstance(int http, int scada) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", database.jdbcUrl());
        env.put("DB_OWNER_USER", database.user());
        env.put("DB_OWNER_PASSWORD", database.password());
        env.put("DB_USER", EmbeddedDatabase.APPLICATION_LOGIN); // made by the platform on its first start, as in production
        env.put("DB_PASSWORD", database.applicationPassword());
        env.put("PLATFORM_DEMO", "false");
        env.put("PLATFORM_ADMIN_USERNAME", ADMIN);
        env.put("PLATFORM_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PLATFORM_OPCUA_CONFIG", work.resolve("opcua-config").toString());
        env.put("PLATFORM_SPOOL_DIR", work.resolve("spool").toString());
        env.put("PLATFORM_PKI_DIR", pki().toString());
        env.put(ConfigWriter.PASSWORD_VARIABLE, SIMULATOR_PASSWORD);
        env.put("PLATFORM_METRICS_TOKEN", METRICS_TOKEN);
        env.put("PLATFORM_SCADA_PORT", Integer.toString(scada));
        env.put("PLATFORM_INGEST_LEASE_CHECK_SECONDS", "2"); // another instance takes over within 2 s of one's death
        env.put("PLATFORM_INGEST_SESSION_REVIVAL_SECONDS", "3"); // a restarted simulator knows no old session: start over soon
        PayaraMicroProcess payara = PayaraMicroProcess.start(Path.of(System.getProperty("payara.microJar")), Path.of("target/sharing-cities.war"),
                http, work.resolve("payara.log"), env, List.of("--nocluster"));
        if (!payara.awaitReady(Duration.ofMinutes(3))) {
            String causes = String.join("\n  ", payara.errorLines());
            payara.close();
            throw new IllegalStateException("the production deployment was not ready within 3 minutes; see " + LOGS + ":\n  " + causes);
        }
        return payara;
    }

    /** From now on {@code instance} is the deployment's platform (the one before was killed). */
    public void replacePlatform(PayaraMicroProcess instance, int http) {
        platform = instance;
        httpPort = http;
    }

    public PayaraMicroProcess platform() {
        return platform;
    }

    private SimulatorProcess startSimulator() throws IOException, InterruptedException {
        return SimulatorProcess.start(SIMULATOR_PASSWORD, work.resolve("simulator.log"), simulatorOptions());
    }

    /** The controllers keep their certificates across restarts, as real ones do: the platform trusts no other. */
    private String[] simulatorOptions() {
        return new String[]{"--cities", CITY, "--port", Integer.toString(SIMULATOR_PORT), "--buildings", "2", "--lamps", "2",
                "--interval-ms", "200", "--history-minutes", "15", "--seed", "11", "--certificates", work.resolve("simulator-certificates").toString()};
    }

    /**
     * What a city administrator would make for Lisbon's SCADA system, made in the database before
     * anyone signs in: its hash is the first administrator's, so its password is known without a
     * sign-in, which would spend the first administrator's first sign-in.
     */
    private void scadaAccount() throws SQLException {
        try (Connection db = connectAsOwner(); var statement = db.createStatement()) {
            statement.executeUpdate("""
                    insert into user_account (username, display_name, password_hash)
                    select '%s', 'Lisbon SCADA', password_hash from user_account where username = '%s'""".formatted(SCADA_USER, ADMIN));
            statement.executeUpdate("""
                    insert into city_grant (user_id, city_code, role) select id, '%s', 'SCADA' from user_account where username = '%s'"""
                    .formatted(CITY, SCADA_USER));
        }
    }

    private void stop() {
        try {
            if (platform != null) {
                platform.kill();
            }
            simulator.close();
            database.close();
            Files.createDirectories(LOGS);
            for (String log : List.of("payara.log", "payara.previous.log", "simulator.log", "postgres.log")) {
                if (Files.exists(work.resolve(log))) {
                    Files.copy(work.resolve(log), LOGS.resolve(log), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (Exception e) {
            System.err.println("the production deployment did not stop cleanly: " + e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

package eu.sharingcities.launcher;

import eu.sharingcities.simulator.BikeShareServer;
import eu.sharingcities.simulator.Simulator;
import eu.sharingcities.simulator.SimulatorOptions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What {@code ./run} starts: the embedded PostgreSQL (unless DB_URL names another), then Payara
 * Micro with the WAR, then prints the URL and the demo sign-ins. Ctrl-C stops both, Payara first.
 */
public final class Launcher {

    private static final String[] CITIES = {"london", "milan", "lisbon", "bordeaux", "burgas", "warsaw"};

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("platform.root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(System.getenv().getOrDefault("PLATFORM_DATA", root.resolve("data").toString())).toAbsolutePath();
        try {
            int port = intSetting("PORT", 8080);
            requireFreePort(port, "the web server", "choose another port with PORT=<port>.");
            new Launcher().run(root, data, port);
        } catch (LauncherException e) {
            System.err.println();
            System.err.println("Cannot start the platform: " + e.getMessage());
            System.exit(2);
        }
    }

    private void run(Path root, Path data, int port) throws Exception {
        long started = System.nanoTime();
        Map<String, String> env = new HashMap<>();
        EmbeddedDatabase embedded = null;
        boolean demo = demoMode(System.getenv());
        env.put("PLATFORM_DEMO", Boolean.toString(demo));
        int scadaPort = intSetting("PLATFORM_SCADA_PORT", 4840);
        if (scadaPort > 0) {
            requireFreePort(scadaPort, "the SCADA server (OPC UA)", "choose another port with PLATFORM_SCADA_PORT=<port> (0: no SCADA server).");
        }
        env.put("PLATFORM_SCADA_PORT", Integer.toString(scadaPort));
        if (System.getenv("DB_URL") == null) {
            int pgPort = intSetting("PG_PORT", 15432);
            requireFreePort(pgPort, "the embedded PostgreSQL", "choose another port with PG_PORT=<port>.");
            System.out.println("Starting PostgreSQL 17 (data in " + data.resolve("postgres") + ") ...");
            embedded = startDatabase(data, pgPort);
            env.put("DB_URL", embedded.jdbcUrl());
            // the migrations run as the superuser, the platform as a login that row-level security binds (docs/security.md)
            env.put("DB_OWNER_USER", embedded.user());
            env.put("DB_OWNER_PASSWORD", embedded.password());
            env.put("DB_USER", EmbeddedDatabase.APPLICATION_LOGIN);
            env.put("DB_PASSWORD", embedded.applicationPassword());
        } else if (System.getenv("DB_OWNER_USER") != null) { // the platform makes DB_USER's login when it is missing
            requireDatabaseAnswers(System.getenv("DB_URL"), "DB_OWNER_USER", System.getenv("DB_OWNER_USER"), System.getenv("DB_OWNER_PASSWORD"));
        } else {
            requireDatabaseAnswers(System.getenv("DB_URL"), "DB_USER", System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        }
        // the demo's occupancy set-back acts on the simulated controllers; the others recommend (PLATFORM_SEMS_DEMO_ACT=false: all recommend)
        env.putIfAbsent("PLATFORM_SEMS_DEMO_ACT", System.getenv().getOrDefault("PLATFORM_SEMS_DEMO_ACT", "true"));
        // the simulator starts beside Payara's boot; the platform connects to it with retries
        CompletableFuture<Simulator> simulator = startSimulatorForDemo(root, data, env);
        BikeShareServer bikes = startBikeShareForDemo(env);

        Path log = data.resolve("logs/payara.log");
        System.out.println("Starting Payara Micro on http://localhost:" + port + "/ (log: " + log + ") ...");
        PayaraMicroProcess payara = PayaraMicroProcess.start(root.resolve("target/payara/payara-micro.jar"),
                root.resolve("target/sharing-cities.war"), port, log, env);
        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, simulator, bikes, database)));

        if (!payara.awaitReady(Duration.ofMinutes(4))) {
            System.err.println("The platform did not become ready. What the server said:");
            payara.errorLines().forEach(line -> System.err.println("  " + line));
            System.err.println("Full log: " + log);
            System.exit(1);
        }
        try {
            simulator.join();
        } catch (java.util.concurrent.CompletionException e) { // a failed simulator start ends here with its reason
            throw e.getCause() instanceof LauncherException reason ? reason : e;
        }
        printBanner(port, scadaPort, (System.nanoTime() - started) / 1_000_000, "true".equals(env.get("PLATFORM_DEMO")));
        payara.waitFor();
    }

    /**
     * In demo mode the simulated controllers of all six cities run in this process, and the
     * platform reads them through opcua-config/. SIMULATOR=false, or a PLATFORM_OPCUA_CONFIG of
     * your own, leaves them out.
     */
    private static CompletableFuture<Simulator> startSimulatorForDemo(Path root, Path data, Map<String, String> env) {
        env.put("PLATFORM_SPOOL_DIR", System.getenv().getOrDefault("PLATFORM_SPOOL_DIR", data.resolve("spool").toString()));
        if (System.getenv("PLATFORM_OPCUA_CONFIG") != null) {
            return CompletableFuture.completedFuture(null);
        }
        env.put("PLATFORM_OPCUA_CONFIG", root.resolve("opcua-config").toString());
        if (!"true".equals(env.get("PLATFORM_DEMO")) || "false".equals(System.getenv("SIMULATOR"))) {
            return CompletableFuture.completedFuture(null);
        }
        SimulatorOptions options = SimulatorOptions.demo();
        for (int i = 0; i < options.cities().size(); i++) {
            requireFreePort(options.firstPort() + i, "the simulated " + options.cities().get(i) + " controllers",
                    "start without the simulator: SIMULATOR=false ./run");
        }
        env.put(eu.sharingcities.simulator.ConfigWriter.PASSWORD_VARIABLE, options.password()); // the platform reads it by passwordEnv
        return CompletableFuture.supplyAsync(() -> {
            try {
                Simulator simulator = Simulator.start(options);
                System.out.println("Simulated controllers: " + simulator.variableCount() + " OPC UA variables on opc.tcp://127.0.0.1:"
                        + options.firstPort() + "-" + (options.firstPort() + options.cities().size() - 1));
                return simulator;
            } catch (Exception e) {
                throw new LauncherException("the simulated controllers could not start: " + e.getMessage());
            }
        });
    }

    /**
     * In demo mode with the simulator, each city's bike-share operator runs here too, publishing GBFS
     * on loopback ({@code PLATFORM_DEMO_GBFS_PORT}, 4850); the platform reads it ({@code PLATFORM_DEMO_GBFS}).
     */
    private static BikeShareServer startBikeShareForDemo(Map<String, String> env) throws java.io.IOException {
        if (!"true".equals(env.get("PLATFORM_DEMO")) || "false".equals(System.getenv("SIMULATOR"))) {
            return null;
        }
        int port = intSetting("PLATFORM_DEMO_GBFS_PORT", 4850);
        requireFreePort(port, "the simulated bike-share operators (GBFS)", "choose another port with PLATFORM_DEMO_GBFS_PORT=<port>.");
        BikeShareServer bikes = BikeShareServer.start(SimulatorOptions.ALL_CITIES, 36, port, Duration.ofSeconds(1), 10, 2026);
        env.put("PLATFORM_DEMO_GBFS", "http://127.0.0.1:" + bikes.port() + "/gbfs/");
        return bikes;
    }

    /**
     * Demo mode makes accounts with the password {@code demo}, trusts every controller's certificate
     * and lets SEMS act on setpoints: only with the embedded database and the simulated controllers.
     * It is the default there, and off by default with DB_URL.
     */
    static boolean demoMode(Map<String, String> environment) {
        boolean external = environment.get("DB_URL") != null;
        String setting = environment.get("PLATFORM_DEMO");
        boolean demo = setting == null || setting.isBlank() ? !external : Boolean.parseBoolean(setting.trim());
        if (demo && external) {
            throw new LauncherException("PLATFORM_DEMO=true needs the embedded database, but DB_URL is set. Demo mode creates accounts "
                    + "with the password 'demo', trusts every controller's certificate and lets SEMS change setpoints. For a real database "
                    + "unset PLATFORM_DEMO and give the first administrator a password with PLATFORM_ADMIN_PASSWORD.");
        }
        if (demo && (environment.get("PLATFORM_OPCUA_CONFIG") != null || "false".equals(environment.get("SIMULATOR")))) {
            throw new LauncherException("demo mode runs only against the simulated controllers, but "
                    + (environment.get("PLATFORM_OPCUA_CONFIG") != null ? "PLATFORM_OPCUA_CONFIG" : "SIMULATOR=false")
                    + " is set. For real controllers start with PLATFORM_DEMO=false (and PLATFORM_ADMIN_PASSWORD for the first administrator).");
        }
        return demo;
    }

    /** The embedded PostgreSQL, or a sentence saying why it did not start and where its log is. */
    private static EmbeddedDatabase startDatabase(Path data, int pgPort) {
        Path log = data.resolve("logs/postgres.log");
        try {
            return EmbeddedDatabase.start(data.resolve("postgres"), pgPort, log);
        } catch (Exception e) {
            throw new LauncherException("the embedded PostgreSQL did not start (" + e.getMessage() + "). Its log is " + log
                    + "; another PostgreSQL using " + data.resolve("postgres") + " must be stopped first.");
        }
    }

    private static void stop(PayaraMicroProcess payara, CompletableFuture<Simulator> starting, BikeShareServer bikes, EmbeddedDatabase database) {
        try {
            payara.close();
            Simulator simulator = starting.exceptionally(e -> null).get();
            if (simulator != null) {
                simulator.close();
            }
            if (bikes != null) {
                bikes.close();
            }
            if (database != null) {
                database.close();
            }
            System.out.println("Stopped.");
        } catch (Exception e) {
            System.err.println("While stopping: " + e);
        }
    }

    private static void printBanner(int port, int scadaPort, long millis, boolean demo) {
        System.out.printf("%nSharing Cities Platform is ready after %.1f s: http://localhost:%d/%n", millis / 1000.0, port);
        if (scadaPort > 0) {
            System.out.printf("SCADA clients (OPC UA, Basic256Sha256 or Aes256_Sha256_RsaPss): opc.tcp://127.0.0.1:%d/sharing-cities%n", scadaPort);
        }
        System.out.printf("Partners' portal (public for what is published): http://localhost:%d/partners%n", port);
        if (demo) {
            System.out.printf("  the London consortium meeting and its trade show: http://localhost:%d/partners/events/london-2026-09%n", port);
        }
        if (demo) {
            System.out.println("Demo sign-ins (password: demo):");
            System.out.println("  consortium.admin           all six cities");
            for (String city : CITIES) {
                System.out.printf("  %-26s %s%n", city + ".admin / .operator / .viewer", city);
            }
            System.out.printf("  %-26s %s%n", "milan.esco / .esco2", "ESCo partners: only the Milan condominiums assigned to them, and their company on /partners");
            System.out.printf("  %-26s %s%n", "<city>.contractor", "street-lighting maintenance: only its work orders (london.contractor2 too)");
            System.out.printf("  %-26s %s%n", "<city>.scada", "an OPC UA client of the SCADA server: reads its city");
            System.out.printf("  %-26s %s%n", "<city>.scada-operator", "the same, and writes setpoints (as commands)");
        }
        System.out.println("Press Ctrl-C to stop.");
    }

    private static void requireFreePort(int port, String what, String otherwise) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new LauncherException("port " + port + " for " + what + " is already in use. Stop the program "
                    + "using it (ss -ltnp | grep :" + port + ") or " + otherwise);
        }
    }

    private static void requireDatabaseAnswers(String url, String userVariable, String user, String password) {
        DriverManager.setLoginTimeout(10);
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new LauncherException("the database at DB_URL=" + url + " does not answer: " + e.getMessage()
                    + "\nCheck DB_URL (jdbc:postgresql://host:port/database), " + userVariable + " and its password, "
                    + "or unset DB_URL to use the embedded PostgreSQL.");
        }
    }

    private static int intSetting(String name, int fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new LauncherException(name + "=" + value + " is not a port number; use e.g. " + name + "=" + fallback + ".");
        }
    }

    static final class LauncherException extends RuntimeException {
        LauncherException(String message) {
            super(message);
        }
    }
}

package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.CityIngestConfig;
import eu.sharingcities.ingest.config.IngestConfigReader;
import eu.sharingcities.simulator.ConfigWriter;
import eu.sharingcities.simulator.Simulator;
import eu.sharingcities.simulator.SimulatorOptions;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** From simulated controllers over OPC UA into PostgreSQL, and back after the controller restarts. */
class EndpointConnectionIT {

    private static final int PORT = 48_521;
    private static final SimulatorOptions OPTIONS = new SimulatorOptions(List.of("burgas"), PORT, 3, 2, Duration.ofMillis(200),
            Duration.ofMinutes(1), 9, "platform", "s3cret");
    private static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void migrate() throws SQLException {
        url = TestDatabase.createMigratedDatabase("endpoint_connection");
    }

    @Test
    void everyConfiguredPointReceivesReadingsAndSurvivesAControllerRestart() throws Exception {
        Simulator simulator = Simulator.start(OPTIONS);
        CityIngestConfig config = new IngestConfigReader().read(ConfigWriter.writeInsecure(simulator.servers().getFirst(), dir));
        assertThat(config.problems()).isEmpty();
        Map<String, List<BoundPoint>> points;
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password())) {
            points = PointCatalog.sync(db, config);
        }
        List<BoundPoint> bound = points.values().stream().flatMap(List::stream).toList();
        assertThat(bound).hasSize(simulator.variableCount());
        assertThat(config.endpoints()).extracting(e -> e.id()).containsExactly("simulator", "lighting");
        assertThat(config.endpoints().getLast().deadband()).as("the lamps' Boolean states refuse a deadband").isPositive();

        IngestMetrics metrics = new IngestMetrics();
        IngestPipeline.Settings settings = new IngestPipeline.Settings(100_000, 5_000, Duration.ofMillis(100), Duration.ofMillis(200));
        try (IngestPipeline pipeline = new IngestPipeline(settings, () -> DriverManager.getConnection(url, TestDatabase.APPLICATION_LOGIN, TestDatabase.applicationPassword()),
                new Spool(dir.resolve("spool"), 1 << 26), metrics);
             EndpointConnection connection = new EndpointConnection("burgas", config.endpoints().getFirst(), points.get("simulator"), pipeline,
                     metrics, name -> name.equals(ConfigWriter.PASSWORD_VARIABLE) ? "s3cret" : null);
             EndpointConnection lighting = new EndpointConnection("burgas", config.endpoints().getLast(), points.get("lighting"), pipeline,
                     metrics, name -> name.equals(ConfigWriter.PASSWORD_VARIABLE) ? "s3cret" : null)) {
            connection.revivalLimit(Duration.ofSeconds(3)).start(); // the restarted simulator knows no old session
            lighting.start();
            Eventually.await(Duration.ofSeconds(60), () -> connection.status().state() == EndpointState.CONNECTED);
            Eventually.await(Duration.ofSeconds(60), () -> lighting.status().state() == EndpointState.CONNECTED);
            try {
                Eventually.await(Duration.ofSeconds(60), () -> pointsWithReadings() == bound.size());
            } catch (AssertionError e) {
                throw new AssertionError(pointsWithReadings() + " of " + bound.size() + " points have readings; " + metrics.snapshot()
                        + " missing: " + query("select string_agg(code, ',') from point where id not in (select point_id from reading)"), e);
            }
            assertThat(zoneTemperature()).isBetween(10.0, 30.0);

            simulator.close();
            Eventually.await(Duration.ofSeconds(60), () -> connection.status().state() != EndpointState.CONNECTED);
            long before = readings();

            simulator = Simulator.start(OPTIONS);
            Eventually.await(Duration.ofSeconds(60), () -> connection.status().state() == EndpointState.CONNECTED);
            Eventually.await(Duration.ofSeconds(60), () -> readings() > before + bound.size());
        } finally {
            simulator.close();
        }
        assertThat(metrics.snapshot().rejects()).doesNotContainKeys("wrong-type", "unknown-node", "unknown-namespace", "spool-full");
    }

    @ParameterizedTest
    @CsvSource({"Basic256Sha256, username", "Aes256_Sha256_RsaPss, username", "Basic256Sha256, certificate"})
    void aSignedAndEncryptedEndpointIsUsedOnceAnOperatorTrustsItsCertificate(String policy, String signIn) throws Exception {
        try (Simulator simulator = Simulator.start(OPTIONS)) {
            String yaml = Files.readString(ConfigWriter.write(simulator.servers().getFirst(), dir))
                    .replace("    auth:", "    security: {policy: " + policy + ", mode: SignAndEncrypt}\n    auth:");
            if (signIn.equals("certificate")) { // the platform signs in with its own certificate instead of a password
                yaml = yaml.replaceAll("auth: \\{[^}]*}", "auth: {type: certificate}");
            }
            CityIngestConfig config = new IngestConfigReader().read("burgas.yaml", yaml);
            assertThat(config.problems()).isEmpty();
            List<BoundPoint> bound;
            try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password())) {
                bound = PointCatalog.sync(db, config).get("simulator");
            }
            PlatformPki pki = PlatformPki.open(dir.resolve("pki"), "test".toCharArray(), false);
            IngestMetrics metrics = new IngestMetrics();
            try (IngestPipeline pipeline = new IngestPipeline(IngestPipeline.Settings.DEFAULT, () -> DriverManager.getConnection(url, TestDatabase.APPLICATION_LOGIN, TestDatabase.applicationPassword()),
                    new Spool(dir.resolve("spool4"), 1 << 26), metrics);
                 EndpointConnection connection = new EndpointConnection("burgas", config.endpoints().getFirst(), bound, pipeline, metrics,
                         name -> "s3cret", pki)) {
                connection.start();
                Eventually.await(Duration.ofSeconds(30), () -> connection.status().state() == EndpointState.ERROR);
                assertThat(connection.status().lastMessage()).contains("not trusted").contains(pki.rejectedFolder().toString());
                Path rejected;
                try (var files = Files.list(pki.rejectedFolder())) {
                    rejected = files.findFirst().orElseThrow();
                }

                Files.move(rejected, pki.trustedFolder().resolve(rejected.getFileName())); // what the operator does
                connection.reconnect();

                Eventually.await(Duration.ofSeconds(60), () -> connection.status().state() == EndpointState.CONNECTED);
                Eventually.await(Duration.ofSeconds(30), () -> metrics.snapshot().committed() > 0);
            }
        }
    }

    @Test
    void aWrongPasswordShowsAsAnErrorWithTheReason() throws Exception {
        try (Simulator simulator = Simulator.start(OPTIONS)) {
            CityIngestConfig config = new IngestConfigReader().read(ConfigWriter.writeInsecure(simulator.servers().getFirst(), dir));
            IngestMetrics metrics = new IngestMetrics();
            try (IngestPipeline pipeline = new IngestPipeline(IngestPipeline.Settings.DEFAULT, () -> DriverManager.getConnection(url, TestDatabase.APPLICATION_LOGIN, TestDatabase.applicationPassword()),
                    new Spool(dir.resolve("spool2"), 1 << 20), metrics);
                 EndpointConnection connection = new EndpointConnection("burgas", config.endpoints().getFirst(), List.of(), pipeline, metrics,
                         name -> "wrong")) {
                connection.start();
                Eventually.await(Duration.ofSeconds(60), () -> connection.status().state() == EndpointState.ERROR);
                assertThat(connection.status().lastMessage()).isNotBlank();
            }
        }
    }

    private static long readings() throws SQLException {
        return query("select count(*) from reading");
    }

    private static long pointsWithReadings() throws SQLException {
        return query("select count(distinct point_id) from reading");
    }

    private static double zoneTemperature() throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select r.value from reading r join point p on p.id = r.point_id "
                     + "where p.code = 'burgas.building.b001.zone-temperature' order by r.source_time desc limit 1")) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private static long query(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                throw new SQLException(rs.getString(1));
            }
        }
    }

}

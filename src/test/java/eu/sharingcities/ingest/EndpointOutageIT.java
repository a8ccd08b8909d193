package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.CityIngestConfig;
import eu.sharingcities.ingest.config.IngestConfigReader;
import eu.sharingcities.simulator.ConfigWriter;
import eu.sharingcities.simulator.Simulator;
import eu.sharingcities.simulator.SimulatorOptions;
import eu.sharingcities.testsupport.CuttableLink;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

/**
 * A network outage between the platform and a controller, filled from the controller's history.
 * Its own class, and its own port, so that no client of another test can reach its simulator.
 */
class EndpointOutageIT {

    private static final int PORT = 48_531;
    private static final SimulatorOptions OPTIONS = new SimulatorOptions(List.of("burgas"), PORT, 3, 2, Duration.ofMillis(200),
            Duration.ofMinutes(1), 9, "platform", "s3cret");
    private static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void migrate() throws SQLException {
        url = TestDatabase.createMigratedDatabase("endpoint_outage");
    }

    @Test
    void aNetworkOutageIsBackFilledFromTheControllersHistory() throws Exception {
        try (Simulator simulator = Simulator.start(OPTIONS); CuttableLink link = new CuttableLink(PORT)) {
            Path written = ConfigWriter.write(simulator.servers().getFirst(), dir);
            // the platform reaches the controller through the link, and the server names itself on the real port
            String yaml = Files.readString(written).replace("opc.tcp://127.0.0.1:" + PORT + "/", "opc.tcp://127.0.0.1:" + link.port() + "/");
            CityIngestConfig config = new IngestConfigReader().read("burgas.yaml", yaml);
            List<BoundPoint> bound;
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                bound = PointCatalog.sync(db, config).get("simulator");
            }
            IngestMetrics metrics = new IngestMetrics();
            try (IngestPipeline pipeline = new IngestPipeline(IngestPipeline.Settings.DEFAULT, () -> ReadingWriter.connect(url, "postgres", "postgres"),
                    new Spool(dir.resolve("spool3"), 1 << 26), metrics);
                 EndpointConnection connection = new EndpointConnection("burgas", config.endpoints().getFirst(), bound, pipeline, metrics,
                         name -> "s3cret")) {
                connection.start();
                Eventually.await(Duration.ofSeconds(60), () -> connection.status().state() == EndpointState.CONNECTED);
                Thread.sleep(1_000);

                java.time.Instant outageStart = java.time.Instant.now();
                link.cut();
                Eventually.await(Duration.ofSeconds(60), () -> connection.status().state() != EndpointState.CONNECTED);
                Thread.sleep(3_000);
                java.time.Instant outageEnd = java.time.Instant.now();
                link.restore();
                // Milo revives the session by itself or, after 15 s, the connection starts over; the operator's
                // Reconnect does the same at once and keeps this test short and deterministic
                connection.reconnect();

                Eventually.await(Duration.ofSeconds(90), () -> connection.status().state() == EndpointState.CONNECTED && connection.backfilledValues() > 0);
                // the meter changes every 200 ms tick: the outage must be covered without a hole
                Eventually.await(Duration.ofSeconds(30), () -> query("""
                        select count(*) from reading r join point p on p.id = r.point_id
                        where p.code = 'burgas.building.b001.electricity-meter'
                          and r.source_time between '%s' and '%s'""".formatted(outageStart, outageEnd))
                        >= Duration.between(outageStart, outageEnd).toMillis() / 200 - 2);
            }
        }
    }

    private static long query(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                throw new SQLException(rs.getString(1));
            }
        }
    }
}

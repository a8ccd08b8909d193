package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.CityIngestConfig;
import eu.sharingcities.ingest.config.IngestConfigReader;
import eu.sharingcities.simulator.CityControllerServer;
import eu.sharingcities.simulator.ConfigWriter;
import eu.sharingcities.simulator.Simulator;
import eu.sharingcities.simulator.SimulatorOptions;
import eu.sharingcities.testsupport.ControllerHistory;
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
import java.time.Duration;
import java.util.List;

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
            Path written = ConfigWriter.writeInsecure(simulator.servers().getFirst(), dir);
            // the platform reaches the controller through the link, and the server names itself on the real port
            String yaml = Files.readString(written).replace("opc.tcp://127.0.0.1:" + PORT + "/", "opc.tcp://127.0.0.1:" + link.port() + "/");
            CityIngestConfig config = new IngestConfigReader().read("burgas.yaml", yaml);
            List<BoundPoint> bound;
            try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password())) {
                bound = PointCatalog.sync(db, config).get("simulator");
            }
            IngestMetrics metrics = new IngestMetrics();
            try (IngestPipeline pipeline = new IngestPipeline(IngestPipeline.Settings.DEFAULT, () -> DriverManager.getConnection(url, TestDatabase.APPLICATION_LOGIN, TestDatabase.applicationPassword()),
                    new Spool(dir.resolve("spool3"), 1 << 26), metrics);
                 EndpointConnection connection = new EndpointConnection("burgas", config.endpoints().getFirst(), bound, pipeline, metrics,
                         name -> "s3cret")) {
                connection.start();
                CityControllerServer server = simulator.servers().getFirst();
                Eventually.await(Duration.ofSeconds(60), () -> connection.status().state() == EndpointState.CONNECTED);
                Eventually.await(Duration.ofSeconds(30), () -> connection.status().valuesReceived() > 0);

                java.time.Instant outageStart = java.time.Instant.now();
                link.cut();
                Eventually.await(Duration.ofSeconds(60), () -> connection.status().state() != EndpointState.CONNECTED);
                long ticksAtCut = server.ticks();
                Eventually.await(Duration.ofSeconds(30), () -> server.ticks() >= ticksAtCut + 15); // three seconds of values the platform misses
                java.time.Instant outageEnd = java.time.Instant.now();
                link.restore();
                // Milo revives the session by itself or, after 15 s, the connection starts over; the operator's
                // Reconnect does the same at once and keeps this test short and deterministic
                connection.reconnect();

                Eventually.await(Duration.ofSeconds(90), () -> connection.status().state() == EndpointState.CONNECTED && connection.backfilledValues() > 0);
                // the meter changes at every 200 ms tick: the database must hold exactly what the controller served around the outage
                String meter = "nsu=" + server.namespaceUri() + ";s=building/b001/electricity-meter";
                // whole milliseconds, as the controller's history is read (see ControllerHistory)
                java.time.Instant from = outageStart.minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
                java.time.Instant to = outageEnd.plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
                List<Long> served = ControllerHistory.sourceTimes(server.endpointUrl(), "platform", "s3cret", meter, from, to);
                assertThat(served).hasSizeGreaterThanOrEqualTo(20);
                Eventually.awaitEquals(Duration.ofSeconds(30), served, () -> stored("burgas.building.b001.electricity-meter", from, to));
            }
        }
    }

    private static List<Long> stored(String point, java.time.Instant from, java.time.Instant to) throws SQLException {
        List<Long> times = new java.util.ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); var st = db.prepareStatement("""
                select (extract(epoch from r.source_time) * 1000000)::bigint from reading r join point p on p.id = r.point_id
                where p.code = ? and r.source_time between ? and ? order by r.source_time""")) {
            st.setString(1, point);
            st.setObject(2, java.time.OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC));
            st.setObject(3, java.time.OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    times.add(rs.getLong(1));
                }
            }
        }
        return times;
    }
}

package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.CityIngestConfig;
import eu.sharingcities.ingest.config.EndpointSettings;
import eu.sharingcities.ingest.config.IngestConfigReader;
import eu.sharingcities.simulator.ConfigWriter;
import eu.sharingcities.simulator.Simulator;
import eu.sharingcities.simulator.SimulatorOptions;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two platform instances of a cluster share the endpoints out: one connects, and the other takes over when it dies. */
class EndpointLeasesIT {

    private static final int PORT = 48_541;
    private static final SimulatorOptions OPTIONS = new SimulatorOptions(List.of("bordeaux"), PORT, 2, 2, Duration.ofMillis(200),
            Duration.ofMinutes(1), 5, "platform", "s3cret");
    private static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void migrate() throws SQLException {
        url = TestDatabase.createMigratedDatabase("endpoint_leases");
    }

    @Test
    void aLeaseHasOneHolderAndIsFreedWhenItsInstanceDies() throws Exception {
        try (EndpointLeases first = leases(); EndpointLeases second = leases()) {
            assertThat(first.tryAcquire("bordeaux/bms")).isTrue();
            assertThat(first.tryAcquire("bordeaux/bms")).as("held, asked again").isTrue();
            assertThat(second.tryAcquire("bordeaux/bms")).isFalse();
            assertThat(second.tryAcquire("bordeaux/lighting")).as("another endpoint is free").isTrue();

            first.close(); // the instance dies: its session ends

            // the server frees a closed session's locks as its backend exits, a moment after the close
            Eventually.await(Duration.ofSeconds(10), () -> second.tryAcquire("bordeaux/bms"));
            second.release("bordeaux/lighting");
            try (EndpointLeases third = leases()) {
                assertThat(third.tryAcquire("bordeaux/lighting")).as("released for others").isTrue();
            }
        }
    }

    @Test
    void theSecondInstanceConnectsOnlyOnceTheFirstIsGone() throws Exception {
        try (Simulator simulator = Simulator.start(OPTIONS)) {
            CityIngestConfig config = new IngestConfigReader().read(ConfigWriter.writeInsecure(simulator.servers().getFirst(), dir));
            EndpointSettings endpoint = config.endpoints().getFirst();
            List<BoundPoint> bound;
            try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password())) {
                bound = PointCatalog.sync(db, config).get(endpoint.id());
            }
            IngestMetrics metrics = new IngestMetrics();
            try (IngestPipeline pipeline = new IngestPipeline(IngestPipeline.Settings.DEFAULT, () -> DriverManager.getConnection(url, TestDatabase.APPLICATION_LOGIN, TestDatabase.applicationPassword()),
                    new Spool(dir.resolve("spool"), 1 << 26), metrics);
                 EndpointLeases firstLeases = leases(); EndpointLeases secondLeases = leases()) {
                EndpointSlot first = slot(endpoint, bound, firstLeases, pipeline, metrics);
                EndpointSlot second = slot(endpoint, bound, secondLeases, pipeline, metrics);
                first.keep();
                second.keep();
                Eventually.await(Duration.ofSeconds(30), () -> first.status().state() == EndpointState.CONNECTED);
                assertThat(second.status().state()).isEqualTo(EndpointState.ELSEWHERE);
                assertThat(second.connection()).isEmpty();

                first.connection().orElseThrow().close(); // the first instance dies: its connection and its lease session end
                firstLeases.close();

                // the second's lease check, which the platform runs every few seconds: PostgreSQL frees the first's advisory lock
                // only once its backend has exited, so one check straight after the close may still find it held (seen on a slow machine)
                Eventually.await(Duration.ofSeconds(30), () -> {
                    second.keep();
                    return second.status().state() == EndpointState.CONNECTED;
                });
                long before = second.status().valuesReceived();
                Eventually.await(Duration.ofSeconds(30), () -> second.status().valuesReceived() > before);
                second.stop();
            }
        }
    }

    private static EndpointSlot slot(EndpointSettings endpoint, List<BoundPoint> bound, EndpointLeases leases, IngestPipeline pipeline,
                                     IngestMetrics metrics) {
        return new EndpointSlot("bordeaux", endpoint, bound, leases,
                () -> new EndpointConnection("bordeaux", endpoint, bound, pipeline, metrics, name -> "s3cret"),
                new EndpointSlot.Database(url, "postgres", TestDatabase.password()));
    }

    private static EndpointLeases leases() {
        return new EndpointLeases(() -> DriverManager.getConnection(url, "postgres", TestDatabase.password()));
    }
}

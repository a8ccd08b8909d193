package eu.sharingcities.mobility.feeds;

import com.sun.net.httpserver.HttpServer;
import eu.sharingcities.simulator.BikeShareServer;
import eu.sharingcities.simulator.model.BikeShareModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consuming operators' feeds as GBFS asks: London's 3.0 and Warsaw's 2.3 read into the same
 * stations and vehicles; a file fetched again only when its ttl has run out, and then with a
 * conditional request; a station_status that breaks its schema refused with the schema's words while
 * the last good one stays; a version the platform does not read said so.
 */
class GbfsFeedReaderTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static BikeShareServer operators;

    @BeforeAll
    static void start() throws Exception {
        operators = BikeShareServer.start(List.of("london", "warsaw"), 40, 0, Duration.ofMillis(100), 10, 2026);
    }

    @AfterAll
    static void stop() {
        operators.close();
    }

    @Test
    void aGbfs30FeedIsReadIntoStationsAndVehicles() {
        GbfsFeedReader feed = reader("london", "en");
        Set<String> changed = feed.poll(Instant.now());
        assertThat(changed).as(feed.state().toString()).contains("gbfs", "station_information", "station_status", "vehicle_status");
        assertThat(feed.version()).isEqualTo("3.0");
        List<GbfsData.Station> stations = GbfsData.stations(feed, "en");
        assertThat(stations).hasSize(40);
        BikeShareModel.Station first = operators.model("london").stations().getFirst();
        GbfsData.Station read = stations.stream().filter(s -> s.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(read.name()).isEqualTo("Trafalgar Road / Woolwich Road");
        assertThat(read.latitude()).isCloseTo(first.latitude(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(read.capacity()).isEqualTo(first.capacity());
        assertThat(read.vehiclesAvailable() + read.vehiclesDisabled() + read.docksAvailable()).as("a docked station's docks add up")
                .isEqualTo(first.capacity());
        List<GbfsData.Vehicle> vehicles = GbfsData.vehicles(feed);
        assertThat(vehicles).isNotEmpty().allSatisfy(v -> {
            assertThat(v.typeId()).isEqualTo("e-bike");
            assertThat(v.fuel()).isBetween(0.0, 1.0);
        });
        assertThat(feed.state()).allSatisfy(f -> assertThat(f.problems()).as(f.file()).isEmpty());
    }

    @Test
    void aGbfs23FeedIsReadTheSameWay() {
        GbfsFeedReader feed = reader("warsaw", "pl");
        feed.poll(Instant.now());
        assertThat(feed.version()).isEqualTo("2.3");
        List<GbfsData.Station> stations = GbfsData.stations(feed, "pl");
        assertThat(stations).hasSize(40).allSatisfy(s -> assertThat(s.name()).startsWith("ul. "));
        assertThat(stations.getFirst().lastReported()).isAfter(Instant.now().minusSeconds(60));
        assertThat(GbfsData.vehicles(feed)).isNotEmpty().allSatisfy(v -> assertThat(v.stationId()).isNotNull());
    }

    @Test
    void aFileIsFetchedAgainOnlyAfterItsTtlAndThenConditionally() {
        GbfsFeedReader feed = reader("london", "en");
        Instant now = Instant.now();
        feed.poll(now);
        assertThat(feed.poll(now.plusSeconds(5))).as("within the ttl of 10 s nothing is asked").isEmpty();
        assertThat(state(feed, "station_information").requests()).isEqualTo(1);
        Instant later = now.plusSeconds(11);
        assertThat(feed.poll(later)).as("station information has not changed").doesNotContain("station_information");
        assertThat(state(feed, "station_information").requests()).isEqualTo(2);
        assertThat(state(feed, "station_information").notModified()).as("answered 304").isEqualTo(1);
    }

    @Test
    void aBrokenFileIsRefusedWithTheSchemasWordsAndTheLastGoodOneStays() {
        GbfsFeedReader feed = reader("london", "en");
        Instant now = Instant.now();
        feed.poll(now);
        int before = GbfsData.stations(feed, "en").getFirst().docksAvailable();
        operators.breakStatus("london", true);
        try {
            assertThat(feed.poll(now.plusSeconds(11))).doesNotContain("station_status");
            assertThat(state(feed, "station_status").problems()).anySatisfy(p -> assertThat(p).contains("num_docks_available"));
            assertThat(GbfsData.stations(feed, "en").getFirst().docksAvailable()).as("the last good status").isEqualTo(before);
        } finally {
            operators.breakStatus("london", false);
        }
        feed.poll(now.plusSeconds(22)); // mended: new content, or a 304 when it is the last good one again (times are to the second)
        assertThat(state(feed, "station_status").requests()).isEqualTo(3);
        assertThat(state(feed, "station_status").problems()).isEmpty();
    }

    @Test
    void aVersionThePlatformDoesNotReadIsSaidSo() throws Exception {
        HttpServer old = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        old.createContext("/gbfs.json", exchange -> {
            byte[] body = ("{\"last_updated\": 1700000000, \"ttl\": 60, \"version\": \"1.1\", \"data\": {\"en\": {\"feeds\": "
                    + "[{\"name\": \"system_information\", \"url\": \"http://127.0.0.1:1/system_information.json\"}]}}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        old.start();
        try {
            GbfsFeedReader feed = new GbfsFeedReader(URI.create("http://127.0.0.1:" + old.getAddress().getPort() + "/gbfs.json"), "en", HTTP,
                    Duration.ofSeconds(10));
            feed.poll(Instant.now());
            assertThat(state(feed, "gbfs").problems()).containsExactly("version 1.1 is not read here: ask the operator for GBFS 2.3 or 3.0");
            assertThat(GbfsData.stations(feed, "en")).isEmpty();
        } finally {
            old.stop(0);
        }
    }

    private static GbfsFeedReader reader(String city, String language) {
        return new GbfsFeedReader(URI.create(operators.discoveryUrl(city)), language, HTTP, Duration.ofSeconds(10));
    }

    private static GbfsFeedReader.FileState state(GbfsFeedReader feed, String file) {
        return feed.state().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    }
}

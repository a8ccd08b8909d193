package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.PointBinding;
import eu.sharingcities.launcher.PayaraMicroProcess;
import eu.sharingcities.scada.ScadaTestClient;
import eu.sharingcities.testsupport.ControllerHistory;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.ProductionDeployment;
import eu.sharingcities.testsupport.SeriesDifference;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The faults an ingestion platform meets in the field, each against the real thing: the WAR in
 * Payara Micro started as in production, the simulator in its own process, PostgreSQL as a server
 * that can be stopped ({@link ProductionDeployment}).
 * After each fault the readings stored over a window around it must be exactly what the
 * controller served in that window (read back from its history), value for value, once each.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class IngestFaultIT {

    private static final String CITY = ProductionDeployment.CITY;
    private static ProductionDeployment deployment;
    private static List<PointBinding> bindings;

    @BeforeAll
    static void start() throws Exception {
        deployment = ProductionDeployment.get(); // this test's platform has the two cores to itself, as in its measurements
        bindings = deployment.bindings();
    }

    @Test
    void a_theControllerProcessKilledAndRestartedLosesNothingItServed() throws Exception {
        Instant from = streaming();
        awaitStoredAfter(from.plusSeconds(3));
        // the simulator keeps its history in memory: what it produced in its last publishing interval dies
        // with it unsent, so the first window ends two seconds before the kill
        Instant lastPublished = wholeMillisNow().minusSeconds(2);
        Map<String, SortedMap<Long, Double>> beforeKill = served(from, lastPublished);
        deployment.restartSimulatorAfterKill();
        Instant restarted = wholeMillisNow();
        awaitStoredAfter(restarted.plusSeconds(2));
        Instant to = wholeMillisNow();

        awaitStoredEqualsServed(from, lastPublished, beforeKill);
        awaitStoredEqualsServed(restarted, to, served(restarted, to));
    }

    @Test
    void b_postgresStoppedForTwelveSecondsLosesNothing() throws Exception {
        Instant from = streaming();
        awaitStoredAfter(from.plusSeconds(1));
        deployment.stopDatabase();
        Instant stopped = Instant.now();
        // the outage lasts 12 s (several batch ages), and the platform must have put what it received meanwhile in its spool
        Eventually.await(Duration.ofSeconds(60), () -> Instant.now().isAfter(stopped.plusSeconds(12)) && metric("ingest_spool_bytes") > 0);
        deployment.startDatabase();
        Instant to = wholeMillisNow().plusSeconds(2);
        awaitStoredAfter(to);

        awaitStoredEqualsServed(from, to, served(from, to));
        Eventually.await(Duration.ofSeconds(60), () -> metric("ingest_spool_bytes") == 0);
    }

    /**
     * A second instance of the cluster starts while the first holds every endpoint: its SCADA server
     * shows the first's live values (the relay, ADR 7); the first is killed with SIGKILL, the second
     * takes its endpoints over (ADR 4), and nothing is lost.
     */
    @Test
    void c_theFirstInstanceKilledWithSigkillTheSecondTakesOverAndLosesNothing() throws Exception {
        Instant from = streaming();
        awaitStoredAfter(from.plusSeconds(2));
        int secondHttp = freePort();
        int secondScada = freePort();
        // trusted before the second instance starts: it reads its trust list at start, without waiting for its folder's watcher
        ScadaTestClient application = new ScadaTestClient("fault-test-scada").trustedIn(deployment.pki().resolve("scada"));
        PayaraMicroProcess second = deployment.startInstance(secondHttp, secondScada);
        aScadaClientOfTheSecondInstanceSeesTheFirstsLiveValues(application, secondScada);
        deployment.platform().kill();
        deployment.replacePlatform(second, secondHttp);
        Instant to = wholeMillisNow();
        awaitStoredAfter(to);

        awaitStoredEqualsServed(from, to, served(from, to));
    }

    /** Values whose source times move on: live ones, not the stored newest value an instance shows at first. */
    private static void aScadaClientOfTheSecondInstanceSeesTheFirstsLiveValues(ScadaTestClient application, int scadaPort) throws Exception {
        OpcUaClient client = Eventually.awaitValue(Duration.ofSeconds(30), () -> application.connect(
                "opc.tcp://127.0.0.1:" + scadaPort + "/sharing-cities", ProductionDeployment.SCADA_USER, ProductionDeployment.ADMIN_PASSWORD));
        try {
            List<DataValue> values = new CopyOnWriteArrayList<>();
            OpcUaSubscription subscription = new OpcUaSubscription(client, 200.0);
            subscription.create();
            for (PointBinding binding : bindings) {
                OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(ScadaTestClient.node(client, CITY + "/" + binding.code().value()));
                item.setDataValueListener((i, v) -> values.add(v));
                subscription.addMonitoredItem(item);
            }
            subscription.synchronizeMonitoredItems();
            // the first instance looks for other instances' relay listeners every few seconds
            Eventually.await(Duration.ofSeconds(40), () -> values.stream().map(DataValue::getSourceTime).distinct().count() > bindings.size() + 2);
        } finally {
            client.disconnect();
        }
    }

    /**
     * The start of a window in which every value the controller produces must be stored: a moment
     * at which readings are flowing (values from before the platform's first subscription are not
     * its to store).
     */
    private static Instant streaming() throws Exception {
        awaitStoredAfter(Instant.now());
        return wholeMillisNow();
    }

    /** Windows start and end on a whole millisecond, as the controller's history is read (see {@link ControllerHistory}). */
    private static Instant wholeMillisNow() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Waits until readings stamped at or after {@code time} are stored (only changes are reported, so not for every point). */
    private static void awaitStoredAfter(Instant time) throws Exception {
        try {
            Eventually.await(Duration.ofSeconds(120), () -> stored(time, time.plusSeconds(3600)).values().stream().anyMatch(v -> !v.isEmpty()));
        } catch (AssertionError e) {
            throw new AssertionError("no readings after " + time + "; the platform's ingestion metrics:\n" + ingestionMetrics(), e);
        }
    }

    /** The controller's history over [from, to], keyed and scaled as the platform stores it. */
    private static Map<String, SortedMap<Long, Double>> served(Instant from, Instant to) throws Exception {
        List<String> nodes = bindings.stream().map(b -> b.node().toString()).toList();
        Map<String, SortedMap<Long, Double>> byNode = ControllerHistory.served(deployment.endpointUrl(), "platform", deployment.simulatorPassword(), nodes, from, to);
        Map<String, SortedMap<Long, Double>> byPoint = new TreeMap<>();
        for (PointBinding binding : bindings) {
            SortedMap<Long, Double> values = new TreeMap<>();
            byNode.get(binding.node().toString()).forEach((time, raw) -> values.put(time, rounded(raw * binding.scale() + binding.offset())));
            byPoint.put(binding.code().value(), values);
        }
        assertThat(byPoint.values().stream().mapToInt(SortedMap::size).sum()).as("values served in the window").isGreaterThan(bindings.size());
        return byPoint;
    }

    private static void awaitStoredEqualsServed(Instant from, Instant to, Map<String, SortedMap<Long, Double>> served) throws Exception {
        Eventually.awaitEquals(Duration.ofSeconds(90), served, () -> stored(from, to), SeriesDifference::describe);
    }

    /** Readings stored over [from, to] per point code; the primary key (point, source time) makes each one unique. */
    private static Map<String, SortedMap<Long, Double>> stored(Instant from, Instant to) throws Exception {
        Map<String, SortedMap<Long, Double>> byPoint = new TreeMap<>();
        bindings.forEach(b -> byPoint.put(b.code().value(), new TreeMap<>()));
        try (Connection db = deployment.connectAsOwner();
             var query = db.prepareStatement("""
                     select p.code, (extract(epoch from r.source_time) * 1000000)::bigint, r.value
                     from reading r join point p on p.id = r.point_id
                     where p.city_code = ? and r.source_time between ? and ?""")) {
            query.setString(1, CITY);
            query.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            query.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) { // the controllers' endpoint; the street lights' has a deadband: it stores changes, not every value served
                    SortedMap<Long, Double> point = byPoint.get(rs.getString(1));
                    if (point != null) {
                        point.put(rs.getLong(2), rounded(rs.getDouble(3)));
                    }
                }
            }
        } catch (java.sql.SQLException databaseDown) {
            return Map.of();
        }
        return byPoint;
    }

    private static double rounded(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    /** A gauge from the platform's /api/metrics (Prometheus text), read with the metrics token. */
    private static long metric(String name) throws Exception {
        String body = metrics();
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.E+-]+)$").matcher(body);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
    }

    private static String metrics() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + deployment.httpPort() + "/api/metrics"))
                        .header("Authorization", "Bearer " + ProductionDeployment.METRICS_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String ingestionMetrics() {
        try {
            return String.join("\n", metrics().lines().filter(line -> line.startsWith("ingest_")).toList());
        } catch (Exception e) {
            return "(/metrics did not answer: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

package eu.sharingcities.scada;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.SharedPlatform;
import eu.sharingcities.testsupport.TestDatabase;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.X509IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.AggregateConfiguration;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryData;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadDetails;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadProcessedDetails;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ubyte;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * A SCADA engineer's first session with the platform's OPC UA server, with Eclipse Milo's client:
 * only signed and encrypted endpoints; a client certificate not yet trusted is refused and lands in
 * the rejected folder, trusted it connects; a Milan SCADA account browses and reads Milan and
 * nothing of London; values arrive by subscription as ingestion receives them; wrong passwords and
 * accounts without the SCADA role are refused.
 */
class ScadaServerIT extends DeployedPlatform {

    private static final String MILAN_POINT = "milan.building.b001.zone-temperature";
    private static final String LONDON_POINT = "london.building.b001.zone-temperature";
    private static final String LONDON_RETURN = "london.building.b001.return-temperature";
    private static final AggregateConfiguration SERVER_DEFAULTS = new AggregateConfiguration(true, false, ubyte(100), ubyte(100), false);
    /** The demo's past (a year of daily rollups) is made for the outdoor temperature and the meters. */
    private static final String MILAN_OUTDOOR = "milan.weather.outdoor-temperature";
    private static final String MILAN_SETPOINT = "milan.building.b001.zone-setpoint";
    private static ScadaTestClient scadaClient;

    @BeforeAll
    static void clientCertificate() throws Exception {
        scadaClient = new ScadaTestClient("scada-client");
    }

    @Test
    void anEngineerConnectsWithATrustedCertificateAndSeesTheirCityLive() throws Exception {
        List<EndpointDescription> endpoints = DiscoveryClient.getEndpoints(ScadaTestClient.url()).get();
        assertThat(endpoints).extracting(e -> SecurityPolicy.fromUri(e.getSecurityPolicyUri()).name() + " " + e.getSecurityMode())
                .containsExactlyInAnyOrder("Basic256Sha256 Sign", "Basic256Sha256 SignAndEncrypt", "Aes256_Sha256_RsaPss Sign",
                        "Aes256_Sha256_RsaPss SignAndEncrypt");

        assertThatThrownBy(() -> connect("milan.scada", "demo")).as("a certificate nobody trusted yet")
                .isInstanceOf(UaException.class);
        Path rejected = ScadaTestClient.scadaPki().resolve("rejected");
        Path trusted = ScadaTestClient.scadaPki().resolve("trust").resolve("trusted").resolve("certs");
        byte[] ours = scadaClient.certificate().getEncoded();
        Eventually.await(Duration.ofSeconds(10), () -> files(rejected).stream().anyMatch(f -> java.util.Arrays.equals(read(f), ours)));
        Files.createDirectories(trusted);
        Path cert = files(rejected).stream().filter(f -> java.util.Arrays.equals(read(f), ours)).findFirst().orElseThrow();
        Files.move(cert, trusted.resolve(cert.getFileName())); // what an administrator does until the portal does it

        OpcUaClient milan = Eventually.awaitValue(Duration.ofSeconds(15), () -> connect("milan.scada", "demo"));
        try {
            NodeId cities = new NodeId(milan.getNamespaceTable().getIndex(ScadaNamespace.URI), "cities");
            List<String> seen = milan.getAddressSpace().browse(cities).stream().map(r -> r.getDisplayName().text()).toList();
            assertThat(seen).as("the cities a Milan SCADA account sees").containsExactly("Milano");
            List<String> inMilan = milan.getAddressSpace().browse(node(milan, "milan")).stream().map(r -> r.getDisplayName().text()).toList();
            assertThat(inMilan).as("Milan's district, and the weather station that stands in none").contains("Porta Romana / Vettabbia", "weather");
            assertThat(browsed(milan, node(milan, "milan/district/Porta Romana / Vettabbia"))).as("the district's buildings")
                    .contains("building/b001");
            LocalizedText building = displayName(milan, node(milan, "milan/district/Porta Romana / Vettabbia"), "building/b001");
            assertThat(building.text()).as("an asset is called by its building's name").isEqualTo(buildingName("milan", "building/b001"));
            LocalizedText zone = displayName(milan, node(milan, "milan/building/b001"), MILAN_POINT);
            assertThat(zone.locale()).isEqualTo("it");
            assertThat(zone.text()).as("a point by what it measures (its role), in Milan's language").isEqualTo("Temperatura ambiente");

            NodeId milanPoint = node(milan, "milan/" + MILAN_POINT);
            Eventually.await(Duration.ofSeconds(20), () -> milan.readValue(0, TimestampsToReturn.Both, milanPoint).getStatusCode().isGood());
            DataValue value = milan.readValue(0, TimestampsToReturn.Both, milanPoint);
            assertThat(value.getValue().getValue()).isInstanceOf(Double.class);
            assertThat(value.getSourceTime()).as("the controller's source time").isNotNull();

            DataValue london = milan.readValue(0, TimestampsToReturn.Both, node(milan, "london/" + LONDON_POINT));
            assertThat(london.getStatusCode().getValue()).as("another city's point").isEqualTo(StatusCodes.Bad_UserAccessDenied);

            List<DataValue> received = new CopyOnWriteArrayList<>();
            OpcUaSubscription subscription = new OpcUaSubscription(milan, 500.0);
            subscription.create();
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(milanPoint);
            item.setDataValueListener((i, v) -> received.add(v));
            subscription.addMonitoredItem(item);
            subscription.synchronizeMonitoredItems();
            Eventually.await(Duration.ofSeconds(20), () -> received.stream().map(DataValue::getSourceTime).distinct().count() >= 3);
            subscription.delete();
            aSlowClientsDroppedValuesAreCounted(milan, milanPoint);
            historyIsWhatTheDatabaseHolds(milan, milanPoint);
        } finally {
            milan.disconnect();
        }

        writesAreCommandsOfOperatorLevelAccountsOnly();

        assertThatThrownBy(() -> connect("milan.scada", "wrong")).as("a wrong password").isInstanceOf(UaException.class);
        assertThatThrownBy(() -> connect("milan.operator", "demo")).as("an account without the SCADA role").isInstanceOf(UaException.class);
        OpcUaClient london = connect("london.scada", "demo");
        try {
            NodeId cities = new NodeId(london.getNamespaceTable().getIndex(ScadaNamespace.URI), "cities");
            assertThat(london.getAddressSpace().browse(cities)).extracting(r -> r.getDisplayName().text()).containsExactly("London");
            assertThat(london.readValue(0, TimestampsToReturn.Both, node(london, "milan/" + MILAN_POINT)).getStatusCode().getValue())
                    .isEqualTo(StatusCodes.Bad_UserAccessDenied);
            assertThat(history(london, node(london, "milan/" + MILAN_POINT), new ReadRawModifiedDetails(false,
                    new DateTime(Instant.now().minusSeconds(600)), new DateTime(Instant.now()), uint(0), false), null).getStatusCode().getValue())
                    .as("another city's history").isEqualTo(StatusCodes.Bad_UserAccessDenied);
            theTreeFollowsAReload(london);
            sessionsPerAccountAreLimited();
            aPersonSignsInWithTheirUserCertificate();
        } finally {
            london.disconnect();
        }
    }

    /**
     * A client that collects every 3 s, with a queue of 2, what changes about every second: the
     * oldest values are dropped, the newest kept with the overflow bit (OPC 10000-4 5.12.1.5), and
     * the drops counted on /api/metrics.
     */
    private static void aSlowClientsDroppedValuesAreCounted(OpcUaClient milan, NodeId point) throws Exception {
        Api api = new Api(SharedPlatform.base());
        long before = dropped(api);
        List<DataValue> received = new CopyOnWriteArrayList<>();
        OpcUaSubscription slow = new OpcUaSubscription(milan, 3000.0);
        slow.create();
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(point);
        item.setQueueSize(uint(2));
        item.setDiscardOldest(true);
        item.setDataValueListener((i, v) -> received.add(v));
        slow.addMonitoredItem(item);
        slow.synchronizeMonitoredItems();
        Eventually.await(Duration.ofSeconds(30), () -> received.stream().anyMatch(v -> v.getStatusCode().isOverflowSet()));
        Eventually.await(Duration.ofSeconds(10), () -> dropped(api) > before);
        slow.delete();
    }

    private static long dropped(Api api) {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("(?m)^scada_notifications_dropped_total ([0-9.E+]+)").matcher(api.metrics());
        assertThat(count.find()).as("the counter is published").isTrue();
        return (long) Double.parseDouble(count.group(1));
    }

    /**
     * An X509 user token: a person's certificate whose common name is milan.scada signs in as that
     * account once the operators put it in the user trust list; before, it is refused.
     */
    private static void aPersonSignsInWithTheirUserCertificate() throws Exception {
        KeyPair keys = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate person = new SelfSignedCertificateBuilder(keys).setCommonName("milan.scada").setOrganization("Comune di Milano").build();
        assertThatThrownBy(() -> scadaClient.connect(new X509IdentityProvider(person, keys.getPrivate()))).as("not in the user trust list")
                .isInstanceOf(UaException.class);
        Path users = Files.createDirectories(ScadaTestClient.scadaPki().resolve("users").resolve("trusted").resolve("certs"));
        Files.write(users.resolve("milan.scada.der"), person.getEncoded());
        OpcUaClient milan = Eventually.awaitValue(Duration.ofSeconds(15), () -> scadaClient.connect(new X509IdentityProvider(person,
                keys.getPrivate())));
        try {
            assertThat(milan.getAddressSpace().browse(node(milan, "cities"))).extracting(r -> r.getDisplayName().text()).containsExactly("Milano");
        } finally {
            milan.disconnect();
        }
    }

    /** An account holds at most a few sessions (London's first is open): the next is refused until one closes. */

    private static void sessionsPerAccountAreLimited() throws Exception {
        List<OpcUaClient> more = new ArrayList<>();
        try {
            for (int i = 1; i < SharedPlatform.SCADA_SESSIONS_PER_USER; i++) {
                more.add(connect("london.scada", "demo"));
            }
            assertThatThrownBy(() -> connect("london.scada", "demo")).isInstanceOfSatisfying(UaException.class,
                    e -> assertThat(e.getStatusCode().getValue()).isEqualTo(StatusCodes.Bad_TooManySessions));
        } finally {
            for (OpcUaClient client : more) {
                client.disconnect();
            }
        }
        connect("london.scada", "demo").disconnect();
    }

    /**
     * HistoryRead raw (in pages of 3 with continuation points) and processed (daily Average)
     * answer what PostgreSQL holds for the same range, asked of it directly.
     */
    private static void historyIsWhatTheDatabaseHolds(OpcUaClient milan, NodeId point) throws Exception {
        Instant to = Instant.now().minusSeconds(10); // what is committed; the writer commits in batches
        Instant from = to.minusSeconds(600);
        List<Instant> stored = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(TestDatabase.url(), "postgres", TestDatabase.password());
             PreparedStatement st = db.prepareStatement("""
                     select r.source_time from reading r join point p on p.id = r.point_id
                     where p.code = ? and r.source_time >= ? and r.source_time < ? order by r.source_time""")) {
            st.setString(1, MILAN_POINT);
            st.setTimestamp(2, Timestamp.from(from));
            st.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getTimestamp(1).toInstant());
                }
            }
        }
        assertThat(stored).as("readings of the last minutes in the database").hasSizeGreaterThan(3);
        List<Instant> read = new ArrayList<>();
        ByteString continuation = null;
        ReadRawModifiedDetails raw = new ReadRawModifiedDetails(false, new DateTime(from), new DateTime(to), uint(3), false);
        do {
            HistoryReadResult page = history(milan, point, raw, continuation);
            assertThat(page.getStatusCode().isGood()).as(page.getStatusCode().toString()).isTrue();
            HistoryData data = (HistoryData) page.getHistoryData().decode(milan.getStaticEncodingContext());
            assertThat(data.getDataValues().length).isLessThanOrEqualTo(3);
            Stream.of(data.getDataValues()).forEach(v -> read.add(v.getSourceTime().getJavaInstant()));
            continuation = page.getContinuationPoint();
        } while (continuation != null && continuation.isNotNull());
        assertThat(read).as("raw history, page by page").isEqualTo(stored);

        // the demo's past is kept as daily rollups (the city's local days); the last two days may still change
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2));
        Instant start = end.minus(Duration.ofDays(30));
        List<Double> means = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(TestDatabase.url(), "postgres", TestDatabase.password());
             PreparedStatement st = db.prepareStatement("""
                     select r.total / r.samples from reading_rollup r join point p on p.id = r.point_id
                     where p.code = ? and r.resolution = 'day' and r.bucket >= ? and r.bucket < ? and r.samples > 0 order by r.bucket""")) {
            st.setString(1, MILAN_OUTDOOR);
            st.setTimestamp(2, Timestamp.from(start));
            st.setTimestamp(3, Timestamp.from(end));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    means.add(rs.getDouble(1));
                }
            }
        }
        assertThat(means).as("daily means in the database").hasSizeGreaterThan(20);
        NodeId outdoor = node(milan, "milan/" + MILAN_OUTDOOR);
        HistoryReadResult processed = history(milan, outdoor, new ReadProcessedDetails(new DateTime(start), new DateTime(end), 86_400_000.0,
                new NodeId[]{NodeIds.AggregateFunction_Average}, SERVER_DEFAULTS), null);
        HistoryData averages = (HistoryData) processed.getHistoryData().decode(milan.getStaticEncodingContext());
        assertThat(Stream.of(averages.getDataValues()).map(v -> ((Number) v.getValue().getValue()).doubleValue()).toList())
                .as("daily averages").isEqualTo(means);
        assertThat(history(milan, outdoor, new ReadProcessedDetails(new DateTime(start), new DateTime(end), 600_000.0,
                new NodeId[]{NodeIds.AggregateFunction_Average}, SERVER_DEFAULTS), null).getStatusCode().getValue())
                .as("a 10-minute interval the rollups do not keep").isEqualTo(StatusCodes.Bad_AggregateNotSupported);
    }

    private static HistoryReadResult history(OpcUaClient client, NodeId node, HistoryReadDetails details, ByteString continuation)
            throws UaException {
        return client.historyRead(details, TimestampsToReturn.Source, false,
                List.of(new HistoryReadValueId(node, null, QualifiedName.NULL_VALUE, continuation == null ? ByteString.NULL_VALUE : continuation)))
                .getResults()[0];
    }

    /** A point taken out of London's configuration and put back: gone from the tree after the reload, back after the next. */
    private static void theTreeFollowsAReload(OpcUaClient london) throws Exception {
        Path file = Path.of(System.getProperty("test.opcua.config"), "london.yaml");
        String configured = Files.readString(file);
        String line = configured.lines().filter(l -> l.contains("code: " + LONDON_RETURN + ",")).findFirst().orElseThrow();
        NodeId asset = node(london, "london/building/b001");
        Api api = new Api(SharedPlatform.base());
        try {
            Files.writeString(file, configured.replace(line + "\n", ""));
            assertThat(api.post("/api/cities/london/ingestion/reload", "london.admin").status()).isEqualTo(200);
            Eventually.await(Duration.ofSeconds(20), () -> !browsed(london, asset).isEmpty() && !browsed(london, asset).contains(LONDON_RETURN));
        } finally {
            Files.writeString(file, configured);
            api.post("/api/cities/london/ingestion/reload", "london.admin");
        }
        Eventually.await(Duration.ofSeconds(20), () -> browsed(london, asset).contains(LONDON_RETURN));
    }

    private static LocalizedText displayName(OpcUaClient client, NodeId parent, String browseName) throws UaException {
        return client.getAddressSpace().browse(parent).stream().filter(r -> r.getBrowseName().name().equals(browseName)).findFirst()
                .orElseThrow(() -> new AssertionError(parent + " has no " + browseName)).getDisplayName();
    }

    private static String buildingName(String city, String asset) throws Exception {
        try (Connection db = DriverManager.getConnection(TestDatabase.url(), "postgres", TestDatabase.password());
             PreparedStatement st = db.prepareStatement("select name from building where city_code = ? and asset = ?")) {
            st.setString(1, city);
            st.setString(2, asset);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as(city + " has a building bound to " + asset).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static List<String> browsed(OpcUaClient client, NodeId node) throws UaException {

        return client.getAddressSpace().browse(node).stream().map(r -> r.getBrowseName().name()).toList();
    }

    /** A setpoint written over OPC UA goes through the command path: its limits, its read-back, its audit. */
    private static void writesAreCommandsOfOperatorLevelAccountsOnly() throws Exception {
        OpcUaClient reader = connect("milan.scada", "demo");
        try {
            NodeId setpoint = node(reader, "milan/" + MILAN_SETPOINT);
            assertThat(write(reader, setpoint, DataValue.valueOnly(new Variant(20.0))).getValue()).as("SCADA without an operator's role")
                    .isEqualTo(StatusCodes.Bad_UserAccessDenied);
            EUInformation units = (EUInformation) property(reader, setpoint, "EngineeringUnits");
            assertThat(units.getNamespaceUri()).isEqualTo("http://www.opcfoundation.org/UA/units/un/cefact");
            // UNECE "CEL": 'C' 0x43, 'E' 0x45, 'L' 0x4C shifted in, OPC UA Part 8, 5.6.3
            assertThat(units.getUnitId()).isEqualTo(0x43 << 16 | 0x45 << 8 | 0x4C).isEqualTo(4408652);
            Range range = (Range) property(reader, setpoint, "EURange");
            assertThat(range.getLow()).isEqualTo(16.0);
            assertThat(range.getHigh()).isEqualTo(24.0);
        } finally {
            reader.disconnect();
        }
        OpcUaClient operator = connect("milan.scada-operator", "demo");
        try {
            NodeId setpoint = node(operator, "milan/" + MILAN_SETPOINT);
            Eventually.await(Duration.ofSeconds(20), () -> operator.readValue(0, TimestampsToReturn.Both, setpoint).getStatusCode().isGood());
            double now = ((Number) operator.readValue(0, TimestampsToReturn.Both, setpoint).getValue().getValue()).doubleValue();
            double wanted = now >= 23 ? now - 1 : now + 1;
            assertThat(write(operator, setpoint, DataValue.valueOnly(new Variant(40.0))).getValue()).as("above the 24 °C limit")
                    .isEqualTo(StatusCodes.Bad_OutOfRange);
            StatusCode written = write(operator, setpoint, DataValue.valueOnly(new Variant(wanted)));
            assertThat(written.isGood()).as("within the limits: " + written).isTrue();
            assertThat(((Number) operator.readValue(0, TimestampsToReturn.Both, setpoint).getValue().getValue()).doubleValue())
                    .as("what the controller read back").isEqualTo(wanted);
        } finally {
            operator.disconnect();
        }
        Api.Answer log = new Api(SharedPlatform.base()).get("/api/cities/milan/commands", "milan.viewer");
        assertThat(log.body()).as("audited in the SCADA account's name").contains("opcua:milan.scada-operator").contains("SCADA write by");
    }

    private static StatusCode write(OpcUaClient client, NodeId node, DataValue value) throws UaException {
        return client.writeValues(List.of(node), List.of(value)).get(0);
    }

    private static Object property(OpcUaClient client, NodeId node, String browseName) throws Exception {
        for (ReferenceDescription r : client.getAddressSpace().browse(node)) {
            if (r.getBrowseName().name().equals(browseName)) {
                NodeId property = r.getNodeId().toNodeId(client.getNamespaceTable()).orElseThrow();
                Object value = client.readValue(0, TimestampsToReturn.Neither, property).getValue().getValue();
                return value instanceof ExtensionObject eo ? eo.decode(client.getStaticEncodingContext()) : value;
            }
        }
        throw new AssertionError(node + " has no property " + browseName);
    }

    private static NodeId node(OpcUaClient client, String path) {
        return ScadaTestClient.node(client, path);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException gone) {
            return new byte[0];
        }
    }

    private static List<Path> files(Path dir) throws Exception {

        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static OpcUaClient connect(String user, String password) throws UaException {
        return scadaClient.connect(user, password);
    }
}

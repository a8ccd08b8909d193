package eu.sharingcities.simulator;

import eu.sharingcities.testsupport.Eventually;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryData;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/** The simulator as a SCADA client meets it: a real Milo server and client on loopback. */
class SimulatorIT {

    private static final int PORT = 48_411;
    private static Simulator simulator;
    private static OpcUaClient client;

    @BeforeAll
    static void start() throws Exception {
        SimulatorOptions options = new SimulatorOptions(List.of("milan"), PORT, 3, 4, Duration.ofMillis(100), Duration.ofMinutes(1), 42,
                "platform", "secret");
        simulator = Simulator.start(options);
        client = connect("platform", "secret");
    }

    @AfterAll
    static void stop() throws Exception {
        client.disconnect();
        simulator.close();
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> connect("platform", "wrong")).isInstanceOf(UaException.class);
    }

    @Test
    void variablesAreFoundByNamespaceUriAndChangeOverTime() throws Exception {
        NodeId meter = node("building/b001/electricity-meter");
        double first = number(meter);
        Eventually.await(Duration.ofSeconds(5), () -> number(meter) > first); // the meter counts up at every 100 ms tick
        assertThat(simulator.variableCount()).isEqualTo(1 + 3 * 8 + 4 * 5);
    }

    @Test
    void subscriptionsDeliverEveryTick() throws Exception {
        List<DataValue> received = new CopyOnWriteArrayList<>();
        OpcUaSubscription subscription = new OpcUaSubscription(client, 100.0);
        subscription.setSubscriptionListener(new OpcUaSubscription.SubscriptionListener() {
            @Override
            public void onDataReceived(OpcUaSubscription s, List<OpcUaMonitoredItem> items, List<DataValue> values) {
                received.addAll(values);
            }
        });
        subscription.create();
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(node("building/b002/zone-temperature"));
        item.setSamplingInterval(100.0);
        item.setQueueSize(uint(10));
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
        Eventually.await(Duration.ofSeconds(10), () -> received.size() >= 8);
        subscription.delete();

        assertThat(received.size()).isGreaterThanOrEqualTo(8);
        assertThat(received).extracting(v -> v.getSourceTime().getJavaTime()).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aSetpointWriteIsClampedByTheDeviceAndReadBack() throws Exception {
        NodeId setpoint = node("building/b003/zone-setpoint");
        List<StatusCode> written = client.writeValues(List.of(setpoint), List.of(DataValue.valueOnly(new Variant(40.0))));
        assertThat(written.getFirst().isGood()).isTrue();
        assertThat(read(setpoint)).as("what the device applied, read back").isEqualTo(26.0);

        List<StatusCode> wrongType = client.writeValues(List.of(setpoint), List.of(DataValue.valueOnly(new Variant("warm"))));
        assertThat(wrongType.getFirst().isGood()).isFalse();
    }

    @Test
    void historyReadReturnsWhatWasPublished() throws Exception {
        Instant[] to = new Instant[1];
        HistoryData[] data = new HistoryData[1];
        Eventually.await(Duration.ofSeconds(10), () -> { // until at least five ticks were published
            to[0] = Instant.now();
            var details = new ReadRawModifiedDetails(false, new DateTime(to[0].minusSeconds(30)), new DateTime(to[0]), uint(0), false);
            var id = new HistoryReadValueId(node("weather/outdoor-temperature"), null, QualifiedName.NULL_VALUE, ByteString.NULL_VALUE);
            var result = client.historyRead(details, TimestampsToReturn.Both, false, List.of(id)).getResults()[0];
            assertThat(result.getStatusCode().isGood()).isTrue();
            data[0] = (HistoryData) result.getHistoryData().decode(client.getStaticEncodingContext());
            return data[0].getDataValues().length >= 5;
        });

        assertThat(data[0].getDataValues()).allSatisfy(v -> assertThat(v.getSourceTime().getJavaTime()).isLessThanOrEqualTo(to[0].toEpochMilli()));
    }

    private static double number(NodeId node) throws UaException {
        return ((Number) read(node)).doubleValue();
    }

    private static Object read(NodeId node) throws UaException {
        return client.readValue(0, TimestampsToReturn.Both, node).getValue().getValue();
    }

    private static NodeId node(String path) throws UaException {
        return ExpandedNodeId.parse("nsu=urn:sharingcities:simulator:milan;s=" + path).toNodeIdOrThrow(client.getNamespaceTable());
    }

    @Test
    void signedAndEncryptedEndpointsAreOffered() throws Exception {
        var endpoints = org.eclipse.milo.opcua.sdk.client.DiscoveryClient.getEndpoints("opc.tcp://127.0.0.1:" + PORT + "/milan").get();
        assertThat(endpoints).extracting(e -> e.getSecurityPolicyUri() + " " + e.getSecurityMode())
                .contains(SecurityPolicy.Basic256Sha256.getUri() + " SignAndEncrypt", SecurityPolicy.Aes256_Sha256_RsaPss.getUri() + " SignAndEncrypt",
                        SecurityPolicy.None.getUri() + " None");
    }

    /** A platform that trusts a controller's certificate must still trust it after the controller restarts. */
    @Test
    void controllersGivenAFolderKeepTheirCertificateAcrossStarts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        int port = PORT + 7;
        SimulatorOptions options = new SimulatorOptions(List.of("burgas"), port, 1, 0, Duration.ofMillis(500), Duration.ofMinutes(1), 1,
                "platform", "secret", null, folder);
        ByteString first;
        try (Simulator started = Simulator.start(options)) {
            first = serverCertificate(port);
        }
        assertThat(java.nio.file.Files.readAllBytes(folder.resolve("burgas.der"))).as("the certificate an administrator trusts")
                .isEqualTo(first.bytesOrEmpty());
        try (Simulator restarted = Simulator.start(options)) {
            assertThat(serverCertificate(port)).isEqualTo(first);
        }
        try (Simulator withoutFolder = Simulator.start(options.withCertificates(null))) {
            assertThat(serverCertificate(port)).as("a new one at every start without a folder").isNotEqualTo(first);
        }
    }

    private static ByteString serverCertificate(int port) throws Exception {
        return org.eclipse.milo.opcua.sdk.client.DiscoveryClient.getEndpoints("opc.tcp://127.0.0.1:" + port + "/burgas").get().stream()
                .filter(e -> e.getSecurityPolicyUri().equals(SecurityPolicy.Basic256Sha256.getUri())).findFirst().orElseThrow().getServerCertificate();
    }

    private static OpcUaClient connect(String user, String password) throws UaException {
        OpcUaClient c = OpcUaClient.create("opc.tcp://127.0.0.1:" + PORT + "/milan",
                endpoints -> endpoints.stream().filter(e -> e.getSecurityPolicyUri().equals(SecurityPolicy.None.getUri())).findFirst(),
                transport -> {
                }, config -> config.setIdentityProvider(new UsernameProvider(user, password)));
        c.connect();
        return c;
    }
}

package eu.sharingcities.simulator;

import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.X509IdentityValidator;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One city's simulated controllers as an OPC UA server on 127.0.0.1: every tick the models step
 * and every variable is published with the tick's source timestamp. Sign-in with username and
 * password ({@link SimulatorOptions#username()}).
 */
public final class CityControllerServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CityControllerServer.class.getName());

    private final SimulatedCity city;
    private final OpcUaServer server;
    private final CityNamespace namespace;
    private final Duration interval;
    private final ScheduledExecutorService ticker;
    private final String endpointUrl;
    /** The only user certificates the simulated controllers accept: those of the platform's application. */
    static final String TRUSTED_USER_URI = "urn:sharingcities:platform";
    private final java.util.concurrent.atomic.AtomicLong ticks = new java.util.concurrent.atomic.AtomicLong();

    private CityControllerServer(String cityCode, int port, SimulatorOptions options) throws Exception {
        eu.sharingcities.opcua.CryptoProviders.ensureBouncyCastle();
        this.city = new SimulatedCity(cityCode, options.buildings(), options.lamps(), options.seed(), options.weatherDay());
        this.interval = options.interval();
        this.endpointUrl = "opc.tcp://127.0.0.1:" + port + "/" + cityCode;
        String applicationUri = "urn:sharingcities:simulator:" + cityCode + ":server";
        CertificateManager certificates = SimulatorCertificates.create(applicationUri, "Sharing Cities simulator " + cityCode, cityCode,
                options.certificates());
        X509Certificate certificate = certificates.getDefaultApplicationGroup()
                .flatMap(group -> group.getCertificateChain(NodeIds.RsaSha256ApplicationCertificateType))
                .map(chain -> chain[0]).orElseThrow();
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri(applicationUri)
                .setApplicationName(LocalizedText.english("Sharing Cities simulator " + cityCode))
                .setProductUri("urn:sharingcities:simulator")
                .setCertificateManager(certificates)
                .setEndpoints(Set.of(
                        endpoint(cityCode, port, certificate, SecurityPolicy.None, MessageSecurityMode.None),
                        endpoint(cityCode, port, certificate, SecurityPolicy.Basic256Sha256, MessageSecurityMode.SignAndEncrypt),
                        endpoint(cityCode, port, certificate, SecurityPolicy.Aes256_Sha256_RsaPss, MessageSecurityMode.SignAndEncrypt)))
                .setIdentityValidator(new CompositeValidator(
                        new UsernameIdentityValidator(challenge ->
                                options.username().equals(challenge.getUsername()) && options.password().equals(challenge.getPassword())),
                        // a controller's list of trusted user certificates, reduced to the platform's application URI
                        new X509IdentityValidator(user -> CertificateUtil.getSanUri(user).map(TRUSTED_USER_URI::equals).orElse(false))))
                .build();
        this.server = new OpcUaServer(config, profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
        int historyCapacity = (int) Math.min(Integer.MAX_VALUE, options.history().toMillis() / Math.max(1, interval.toMillis()));
        this.namespace = new CityNamespace(server, city, historyCapacity, options.seed());
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "simulator-" + cityCode);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Username sign-in on every endpoint (with None the password is still encrypted with the
     * server's certificate); certificate sign-in on the secured ones, where the user token's
     * signature is made with the endpoint's policy.
     */
    private static EndpointConfig endpoint(String cityCode, int port, X509Certificate certificate, SecurityPolicy policy,
                                           MessageSecurityMode mode) {
        EndpointConfig.Builder builder = EndpointConfig.newBuilder();
        if (policy != SecurityPolicy.None) {
            builder.addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_X509);
        }
        return builder
                .setCertificate(certificate)
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress("127.0.0.1").setHostname("127.0.0.1").setBindPort(port).setPath("/" + cityCode)
                .setSecurityPolicy(policy).setSecurityMode(mode)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME)
                .build();
    }

    public static CityControllerServer start(String cityCode, int port, SimulatorOptions options) throws Exception {
        CityControllerServer controller = new CityControllerServer(cityCode, port, options);
        controller.namespace.startup();
        // the first tick before any client can connect: a node's value at creation, read in the same millisecond as the
        // first tick, would otherwise reach a client with the tick's timestamp but not the value its history keeps
        controller.tick();
        controller.server.startup().get();
        long period = controller.interval.toMillis();
        controller.ticker.scheduleAtFixedRate(controller::tick, period, period, TimeUnit.MILLISECONDS);
        return controller;
    }

    private void tick() {
        try {
            Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as its history keeps it, so live and back-filled values match
            city.step(now, interval);
            namespace.publish(new DateTime(now));
            ticks.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "simulator tick failed for " + city.code(), e);
        }
    }

    public String endpointUrl() {
        return endpointUrl;
    }

    public String namespaceUri() {
        return CityNamespace.uri(city.code());
    }

    public Duration interval() {
        return interval;
    }

    /** Ticks published since start: tests wait on them instead of sleeping. */
    public long ticks() {
        return ticks.get();
    }

    /** The simulated lamp number {@code number} (1 for lighting/l0001), for tests that break one. */
    public eu.sharingcities.simulator.model.LampModel lamp(int number) {
        return city.lamps().get(number - 1);
    }

    public int variableCount() {
        return namespace.variables().size();
    }

    List<CityNamespace.VariableDescription> variables() {
        return namespace.descriptions();
    }

    @Override
    public void close() throws Exception {
        ticker.shutdownNow();
        server.shutdown().get(10, TimeUnit.SECONDS);
        namespace.shutdown();
    }
}

package eu.sharingcities.scada;

import eu.sharingcities.alarms.AlarmBroadcaster;
import eu.sharingcities.alarms.Alarms;
import eu.sharingcities.commands.Commands;
import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.ingest.PlatformPki;
import eu.sharingcities.ingest.Reading;
import eu.sharingcities.opcua.CryptoProviders;
import eu.sharingcities.security.Accounts;
import eu.sharingcities.security.SignInResult;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfigLimits;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.CertificateStore;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * The platform's OPC UA server for SCADA ({@code opc.tcp://<bind>:<port>/sharing-cities}): signed and
 * encrypted endpoints only (Basic256Sha256 and Aes256_Sha256_RsaPss, Sign and SignAndEncrypt), the
 * platform's own application certificate, client certificates trusted in {@code <pki>/scada/trust}
 * (an untrusted one lands in {@code <pki>/scada/rejected}), and username sign-in with platform
 * accounts ({@link ScadaSignIn}). Off when {@code PLATFORM_SCADA_PORT} is 0 or ingestion is off.
 */
@Startup
@Singleton
@DependsOn("IngestionStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScadaServer {

    private static final Logger LOG = Logger.getLogger(ScadaServer.class.getName());
    static final String PATH = "/sharing-cities";

    @Inject
    @ConfigProperty(name = "platform.scada.port", defaultValue = "4840")
    int port;

    @Inject
    @ConfigProperty(name = "platform.scada.bind", defaultValue = "127.0.0.1")
    String bindAddress;

    @Inject
    @ConfigProperty(name = "platform.scada.max-sessions-per-user", defaultValue = "5")
    int maxSessionsPerUser;

    @Inject
    @ConfigProperty(name = "platform.scada.max-monitored-items-per-session", defaultValue = "10000")
    int maxMonitoredItemsPerSession;

    @Inject
    Ingestion ingestion;

    @Inject
    Accounts accounts;

    @Inject
    Commands commands;

    @Inject
    DirectConnections database;

    @Inject
    Alarms alarms;

    @Inject
    AlarmBroadcaster alarmChanges;

    @Inject
    MeterRegistry metrics;

    /** Sign-ins call the application's transactional services, which need its context on their thread. */
    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private OpcUaServer server;
    private ScadaNamespace namespace;
    private Consumer<Reading> tap;
    private Consumer<String> registryChanged;
    private ScheduledFuture<?> ticking;
    private ScadaClientTrust clients;
    private ScadaLoad load;
    private ScadaRelay relay;
    private Runnable stopFollowingAlarms;
    private ScadaTree tree;

    @PostConstruct
    void start() {
        PlatformPki pki = ingestion.pki();
        if (port <= 0 || pki == null) {
            LOG.info("the SCADA server is off: " + (port <= 0 ? "PLATFORM_SCADA_PORT is " + port : "ingestion is off"));
            return;
        }
        try {
            CryptoProviders.ensureBouncyCastle();
            List<ScadaPoint> points;
            try (Connection db = database.open()) {
                points = ScadaRegistry.points(db);
            }
            server = new OpcUaServer(config(pki), profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
            namespace = new ScadaNamespace(server, points, new CommandWrites(commands, executor), new AlarmAcknowledgements(alarms, executor),
                    database::open);
            namespace.startup();
            server.startup().get(30, TimeUnit.SECONDS);
            tree = new ScadaTree(namespace, database::open);
            load = new ScadaLoad(server);
            namespace.conditions().installRefreshMethods();
            stopFollowingAlarms = alarmChanges.listenToAll(city -> executor.execute(() -> tree.followAlarms(city)));
            points.stream().map(ScadaPoint::cityCode).distinct().forEach(tree::followAlarms);
            // the values this instance's controllers give go to the other instances' SCADA servers too (ADR 7)
            relay = new ScadaRelay(database::open, namespace::accept);
            load.register(metrics, relay);
            tap = reading -> {
                namespace.accept(reading);
                relay.offer(reading);
            };
            ingestion.tapReadings(tap);
            tree.newestValues(points.stream().map(ScadaPoint::id).toList());
            ticking = scheduler.scheduleWithFixedDelay(this::tick, 5, 5, TimeUnit.SECONDS);
            registryChanged = tree::followRegistry;
            ingestion.onRegistryChanged(registryChanged);
            LOG.info("SCADA server on opc.tcp://" + bindAddress + ":" + port + PATH + " with " + points.size() + " points");
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "the SCADA server could not start: " + e.getMessage(), e);
            stop();
        }
    }

    /**
     * Every five seconds: the dropped notifications counted; a city whose points, assets, roles or
     * buildings changed in the database (the portal, another instance, the demo's seeding) rebuilt;
     * a point whose first value came before the tap (not stored yet) looked up again.
     */
    private void tick() {
        load.dropped(); // a subscription that closes before the next scrape keeps its count
        tree.followDatabase();
        tree.seedWaiting();
    }

    private OpcUaServerConfig config(PlatformPki pki) throws Exception {
        KeyPair keyPair = pki.keyPair();
        X509Certificate certificate = pki.certificate();
        MemoryCertificateStore store = new MemoryCertificateStore();
        store.set(NodeIds.RsaSha256ApplicationCertificateType, new CertificateStore.Entry(keyPair.getPrivate(), new X509Certificate[]{certificate}));
        clients = new ScadaClientTrust(pki.scadaFolder(), database::open);
        var group = DefaultApplicationGroup.createAndInitialize(clients.trusted(), store, new RsaSha256CertificateFactory() {
            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair ignored) {
                return new X509Certificate[]{certificate}; // never asked: the store holds the platform's certificate
            }
        }, new DefaultServerCertificateValidator(clients.trusted(), clients.rejected()));
        Set<EndpointConfig> endpoints = new HashSet<>();
        for (SecurityPolicy policy : List.of(SecurityPolicy.Basic256Sha256, SecurityPolicy.Aes256_Sha256_RsaPss)) {
            for (MessageSecurityMode mode : List.of(MessageSecurityMode.Sign, MessageSecurityMode.SignAndEncrypt)) {
                endpoints.add(EndpointConfig.newBuilder()
                        .setCertificate(certificate)
                        .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                        .setBindAddress(bindAddress).setHostname(bindAddress).setBindPort(port).setPath(PATH)
                        .setSecurityPolicy(policy).setSecurityMode(mode)
                        .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME, OpcUaServerConfig.USER_TOKEN_POLICY_X509)
                        .build());
            }
        }
        return OpcUaServerConfig.builder()
                .setApplicationUri(PlatformPki.APPLICATION_URI)
                .setApplicationName(LocalizedText.english("Sharing Cities Platform"))
                .setProductUri("urn:sharingcities:platform")
                .setBuildInfo(new BuildInfo("urn:sharingcities:platform", "Sharing Cities", "Sharing Cities Platform", "1.0", "1", DateTime.now()))
                .setCertificateManager(new DefaultCertificateManager(clients.rejected(), group))
                .setEndpoints(endpoints)
                .setIdentityValidator(identities(pki))
                .setLimits(new OpcUaServerConfigLimits() {
                    @Override
                    public UInteger getMaxMonitoredItemsPerSession() {
                        return uint(maxMonitoredItemsPerSession);
                    }
                })
                .setRoleMapper(new ScadaRoles(() -> namespace.getNamespaceIndex()))
                .build();
    }

    /** Platform accounts sign in with their password or with a user certificate in {@code <pki>/scada/users}. */
    private CompositeValidator identities(PlatformPki pki) throws Exception {
        ScadaAdmission admission = new ScadaAdmission(client -> clients.citiesTrusting(ClientCertificate.thumbprint(client)),
                clients.rejected()::addRejectedCertificate, maxSessionsPerUser);
        var users = FileBasedTrustListManager.createAndInitialize(pki.scadaFolder().resolve("users"));
        return new CompositeValidator(
                new ScadaSignIn((username, password, source) -> signIn(() -> accounts.signIn(username, password, source)), admission),
                new ScadaCertificateSignIn((username, source) -> signIn(() -> accounts.signInWithCertificate(username, source)), users, admission));
    }

    private SignInResult signIn(java.util.concurrent.Callable<SignInResult> signIn) {
        try {
            return executor.submit(signIn).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "a SCADA sign-in could not be checked: " + e.getMessage(), e);
            return SignInResult.BUSY;
        }
    }

    /** The client certificates the server refused, waiting for a city admin's decision. */
    public List<X509Certificate> rejectedClients() {
        return clients == null ? List.of() : clients.waiting();
    }

    /** A city admin's decision about a client application, once committed, for the trust list and the open sessions. */
    public void clientTrustChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScadaClients.ClientTrustChanged change) {
        if (server != null) {
            clients.changed(change, server);
        }
    }

    /** The port the server listens on, 0 when off. */
    public int port() {
        return server == null ? 0 : port;
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(true);
        }
        if (stopFollowingAlarms != null) {
            stopFollowingAlarms.run();
        }
        if (relay != null) {
            relay.close();
        }

        if (tap != null) {
            ingestion.untapReadings(tap);
        }
        if (registryChanged != null) {
            ingestion.removeRegistryListener(registryChanged);
        }
        if (server != null) {
            try {
                server.shutdown().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "the SCADA server did not stop cleanly", e);
            }
            server = null;
        }
    }
}

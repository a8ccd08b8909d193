package eu.sharingcities.scada;

import eu.sharingcities.alarms.AlarmBroadcaster;
import eu.sharingcities.alarms.AlarmSnapshot;
import eu.sharingcities.alarms.Alarms;
import eu.sharingcities.commands.Commands;
import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.ingest.PlatformPki;
import eu.sharingcities.ingest.Reading;
import eu.sharingcities.opcua.CryptoProviders;
import eu.sharingcities.security.Accounts;
import eu.sharingcities.security.SignInResult;
import eu.sharingcities.telemetry.PointHistory;
import eu.sharingcities.telemetry.PointId;
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
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.CertificateStore;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

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
    private FileBasedTrustListManager clientTrust;
    private FileBasedCertificateQuarantine rejectedClients;
    private ScadaLoad load;
    private ScadaRelay relay;
    private Runnable stopFollowingAlarms;
    /** One city's alarms are read and shown at a time, so a newer state is never overtaken by an older one. */
    private final Object alarmsLock = new Object();

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
            load = new ScadaLoad(server);
            namespace.conditions().installRefreshMethods();
            stopFollowingAlarms = alarmChanges.listenToAll(city -> executor.execute(() -> followAlarms(city)));
            points.stream().map(ScadaPoint::cityCode).distinct().forEach(this::followAlarms);
            // the values this instance's controllers give go to the other instances' SCADA servers too (ADR 7)
            relay = new ScadaRelay(database::open, namespace::accept);
            load.register(metrics, relay);
            tap = reading -> {
                namespace.accept(reading);
                relay.offer(reading);
            };
            ingestion.tapReadings(tap);
            newestValues(points.stream().map(ScadaPoint::id).toList());
            ticking = scheduler.scheduleWithFixedDelay(this::tick, 5, 5, TimeUnit.SECONDS);
            registryChanged = this::followRegistry;
            ingestion.onRegistryChanged(registryChanged);
            LOG.info("SCADA server on opc.tcp://" + bindAddress + ":" + port + PATH + " with " + points.size() + " points");
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "the SCADA server could not start: " + e.getMessage(), e);
            stop();
        }
    }

    /** A city's configuration was (re)loaded: its subtree follows the registry, without a restart. */
    private void followRegistry(String city) {
        try (Connection db = database.open()) {
            List<ScadaPoint> cityPoints = ScadaRegistry.points(db, city);
            namespace.replaceCity(city, cityPoints);
            newestValues(cityPoints.stream().map(ScadaPoint::id).toList());
            LOG.info("SCADA server: " + city + " now has " + cityPoints.size() + " points");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the SCADA server could not follow " + city + "'s configuration: " + e.getMessage(), e);
        }
    }

    /** The city's alarms changed (raised, cleared, acknowledged, shelved): its alarm conditions follow. */
    private void followAlarms(String city) {
        synchronized (alarmsLock) {
            try (Connection db = database.open()) {
                namespace.conditions().update(city, AlarmSnapshot.of(db, city, namespace.conditions().shown(city)));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "the SCADA server could not follow " + city + "'s alarms: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Every five seconds: the dropped notifications counted; a city whose points, assets, roles or
     * buildings changed in the database (the portal, another instance, the demo's seeding) rebuilt;
     * a point whose first value came before the tap (not stored yet) looked up again.
     */
    private void tick() {
        load.dropped(); // a subscription that closes before the next scrape keeps its count
        followDatabase();
        seedWaiting();
    }

    private void followDatabase() {
        try (Connection db = database.open()) {
            Map<String, List<ScadaPoint>> now = ScadaRegistry.points(db).stream().collect(Collectors.groupingBy(ScadaPoint::cityCode));
            Map<String, List<ScadaPoint>> shown = namespace.shown();
            Set<String> cities = new HashSet<>(now.keySet());
            cities.addAll(shown.keySet());
            for (String city : cities) {
                List<ScadaPoint> cityPoints = now.getOrDefault(city, List.of());
                if (!cityPoints.equals(shown.getOrDefault(city, List.of()))) {
                    namespace.replaceCity(city, cityPoints);
                    newestValues(cityPoints.stream().map(ScadaPoint::id).toList());
                    LOG.info("SCADA server: " + city + "'s points, assets or buildings changed; its tree now has " + cityPoints.size() + " points");
                }
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the SCADA server could not compare its tree with the registry: " + e.getMessage(), e);
        }
    }

    private void seedWaiting() {
        List<Integer> waiting = namespace.waiting();
        if (!waiting.isEmpty()) {
            try {
                newestValues(waiting);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "the SCADA server could not look up stored values: " + e.getMessage(), e);
            }
        }
    }

    /** Each point's newest stored value, so a client sees one before the controller's next change. */
    private void newestValues(List<Integer> points) throws Exception {
        Set<PointId> ids = new HashSet<>();
        points.forEach(p -> ids.add(new PointId(p)));
        try (Connection db = database.open()) {
            for (PointHistory.Newest n : PointHistory.newest(db, ids)) {
                namespace.accept(new Reading(n.pointId().value(), n.epochMicros(), n.value(), n.status()));
            }
        }
    }

    private OpcUaServerConfig config(PlatformPki pki) throws Exception {
        KeyPair keyPair = pki.keyPair();
        X509Certificate certificate = pki.certificate();
        MemoryCertificateStore store = new MemoryCertificateStore();
        store.set(NodeIds.RsaSha256ApplicationCertificateType, new CertificateStore.Entry(keyPair.getPrivate(), new X509Certificate[]{certificate}));
        clientTrust = FileBasedTrustListManager.createAndInitialize(pki.scadaFolder().resolve("trust"));
        rejectedClients = FileBasedCertificateQuarantine.create(pki.scadaFolder().resolve("rejected"));
        var group = DefaultApplicationGroup.createAndInitialize(clientTrust, store, new RsaSha256CertificateFactory() {
            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair ignored) {
                return new X509Certificate[]{certificate}; // never asked: the store holds the platform's certificate
            }
        }, new DefaultServerCertificateValidator(clientTrust, rejectedClients));
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
                .setCertificateManager(new DefaultCertificateManager(rejectedClients, group))
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
        ScadaAdmission admission = new ScadaAdmission(client -> citiesTrusting(ClientCertificate.thumbprint(client)),
                rejectedClients::addRejectedCertificate, maxSessionsPerUser);
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

    /**
     * The cities whose administrators trust the client application (scada_client_trust), or empty
     * when none ever decided: a certificate the operators put in the trust folder by hand serves every city.
     */
    private Optional<Set<String>> citiesTrusting(String thumbprint) {
        try (Connection db = database.open();
             PreparedStatement st = db.prepareStatement("select city_code, revoked_at is null from scada_client_trust where thumbprint = ?")) {
            st.setString(1, thumbprint);
            Set<String> cities = new HashSet<>();
            boolean decided = false;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    decided = true;
                    if (rs.getBoolean(2)) {
                        cities.add(rs.getString(1));
                    }
                }
            }
            return decided ? Optional.of(cities) : Optional.empty();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "the SCADA server could not read which cities trust a client: " + e.getMessage(), e);
            return Optional.of(Set.of()); // fails closed: no city
        }
    }

    /** The client certificates the server refused, waiting for a city admin's decision. */
    public List<X509Certificate> rejectedClients() {
        return rejectedClients == null ? List.of() : rejectedClients.getRejectedCertificates();
    }

    /**
     * A city admin's decision, once committed: a trusted certificate joins the trust list; a revoked
     * one leaves it unless another city still trusts it, and the sessions it holds close (they may
     * serve the city that revoked it).
     */
    public void clientTrustChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScadaClients.ClientTrustChanged change) {
        if (server == null) {
            return;
        }
        if (change.trusted()) {
            clientTrust.addTrustedCertificate(change.certificate());
            rejectedClients.removeRejectedCertificate(change.certificate());
            return;
        }
        if (citiesTrusting(change.thumbprint()).map(Set::isEmpty).orElse(false)) { // no city trusts it any more
            clientTrust.removeTrustedCertificate(ByteString.of(HexFormat.of().parseHex(change.thumbprint())));
        }
        for (Session session : server.getSessionManager().getAllSessions()) {
            X509Certificate client = session.getSecurityConfiguration().getClientCertificate();
            if (client != null && ClientCertificate.thumbprint(client).equals(change.thumbprint())) {
                LOG.info(() -> "SCADA session of " + ScadaUser.nameOf(session) + " closed: " + change.city() + " revoked its application's trust");
                server.getSessionManager().killSession(session.getSessionId(), true);
            }
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

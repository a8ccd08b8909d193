package eu.sharingcities.bench;

import eu.sharingcities.launcher.EmbeddedDatabase;
import eu.sharingcities.launcher.PayaraMicroProcess;
import eu.sharingcities.opcua.CryptoProviders;
import eu.sharingcities.simulator.ConfigWriter;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./run bench scada}: the platform (Payara, the WAR, PostgreSQL) ingesting 20,000 simulated
 * items that change every second, first with no SCADA client, then with 10 SCADA clients (Milo's,
 * signed and encrypted, as the demo's Milan SCADA account) monitoring 5,000 items each at a 1 s
 * publishing interval; then the same clients on a second instance of the cluster, which holds no
 * controller and gets the values through the relay (ADR 7). Values delivered per second, latency
 * from ingestion and from the controller's source time to the client, and the serving JVM's CPU.
 * Prints one table and puts it in docs/benchmarks.md between the scada-bench markers.

 */
final class ScadaBench {

    private static final int SIM_PORT = 48_750;
    private static final int ITEMS = 20_000;
    private static final int CLIENTS = 10;
    private static final int ITEMS_PER_CLIENT = 5_000;
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final Duration MEASURE = Duration.ofSeconds(60);
    private static final String METRICS_TOKEN = "scada-bench";
    /** Latency histogram in milliseconds, 0 to 10 s; later ones count in the last bucket. */
    private static final int BUCKETS = 10_001;

    private ScadaBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("scada-bench");
        int lamps = ITEMS / 10;                      // as IngestBench: 5 variables a lamp,
        int buildings = (ITEMS - 1 - 5 * lamps) / 8; // 8 a building, and the outdoor temperature
        String[] simArgs = {"--cities", "milan", "--port", Integer.toString(SIM_PORT), "--buildings", Integer.toString(buildings),
                "--lamps", Integer.toString(lamps), "--interval-ms", "1000", "--history-minutes", "1"};
        Path config = Files.createDirectories(work.resolve("opcua-config"));
        IngestBench.run(IngestBench.simulator(simArgs, "--write-config", config.toString())).waitFor();
        int httpPort = IngestBench.freePort();
        int scadaPort = IngestBench.freePort();
        try (EmbeddedDatabase db = EmbeddedDatabase.startThrowaway(work.resolve("pg"), IngestBench.freePort(), work.resolve("pg.log"));
             AutoCloseableProcess simulator = new AutoCloseableProcess(IngestBench.run(IngestBench.simulator(simArgs)));
             PayaraMicroProcess platform = started(db, work.resolve("first"), config, httpPort, scadaPort)) {
            Metrics metrics = new Metrics("http://127.0.0.1:" + httpPort + "/api/metrics");
            IngestBench.waitUntil(Duration.ofMinutes(3), () -> metrics.value("ingest_values_committed_total") > ITEMS);
            Thread.sleep(WARM_UP.toMillis());
            Run without = measure(platform, metrics, metrics, null);
            System.out.println("without SCADA clients: " + without);

            List<String> codes = pointCodes(db);
            Run with = measureClients(platform, metrics, metrics, scadaPort, work.resolve("first"), codes);
            System.out.println("with SCADA clients: " + with);

            // a second instance of the cluster: the first holds every endpoint's lease, so the second's values come by the relay
            int secondHttp = IngestBench.freePort();
            int secondScada = IngestBench.freePort();
            try (PayaraMicroProcess second = started(db, work.resolve("second"), config, secondHttp, secondScada)) {
                Run relayed = measureClients(second, metrics, new Metrics("http://127.0.0.1:" + secondHttp + "/api/metrics"), secondScada,
                        work.resolve("second"), codes);
                System.out.println("on a second instance: " + relayed);
                String result = table(without, with, relayed, codes.size());
                System.out.println(result);
                BenchmarksDoc.replaceSection(Path.of("docs/benchmarks.md"), "scada-bench", result);
            }
        }
    }

    /** An instance of the platform on its own ports, PKI, spool and log, against the benchmark's database and controllers. */
    private static PayaraMicroProcess started(EmbeddedDatabase db, Path instance, Path config, int httpPort, int scadaPort) throws Exception {
        PayaraMicroProcess platform = PayaraMicroProcess.start(Path.of("target/payara/payara-micro.jar"), Path.of("target/sharing-cities.war"),
                httpPort, instance.resolve("payara.log"), environment(db, instance, config, scadaPort), List.of("--nocluster"));
        if (!platform.awaitReady(Duration.ofMinutes(5))) {
            platform.close();
            throw new IllegalStateException("the platform did not become ready; see " + instance.resolve("payara.log"));
        }
        return platform;
    }

    /** Ten clients on the instance, warmed up, then a measured minute. */
    private static Run measureClients(PayaraMicroProcess platform, Metrics ingestion, Metrics scada, int scadaPort, Path instance, List<String> codes)
            throws Exception {
        try (ScadaClients clients = ScadaClients.connect(scadaPort, instance.resolve("pki"), codes)) {
            Thread.sleep(WARM_UP.toMillis());
            clients.reset();
            return measure(platform, ingestion, scada, clients);
        }
    }

    private static Map<String, String> environment(EmbeddedDatabase db, Path work, Path config, int scadaPort) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", db.jdbcUrl());
        env.put("DB_OWNER_USER", db.user());
        env.put("DB_OWNER_PASSWORD", db.password());
        env.put("DB_USER", EmbeddedDatabase.APPLICATION_LOGIN);
        env.put("DB_PASSWORD", db.applicationPassword());
        env.put("PLATFORM_DEMO", "true"); // the demo's accounts: milan.scada
        env.put("PLATFORM_OPCUA_CONFIG", config.toString());
        env.put("PLATFORM_SPOOL_DIR", work.resolve("spool").toString());
        env.put("PLATFORM_PKI_DIR", work.resolve("pki").toString());
        env.put(ConfigWriter.PASSWORD_VARIABLE, "simulator");
        env.put("PLATFORM_METRICS_TOKEN", METRICS_TOKEN);
        env.put("PLATFORM_SCADA_PORT", Integer.toString(scadaPort));
        env.put("PLATFORM_SCADA_MAX_SESSIONS_PER_USER", Integer.toString(CLIENTS));
        return env;
    }

    /** The city's active points, as the SCADA server names them. */
    private static List<String> pointCodes(EmbeddedDatabase db) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); Statement st = c.createStatement()) {
            st.execute("set platform.cities = '*'");
            try (ResultSet rs = st.executeQuery("select code from point where city_code = 'milan' and active order by code")) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }

    /** What one measured minute gave: ingestion, delivery to clients, latency and the platform's CPU. */
    private record Run(double ingestedPerSecond, double deliveredPerSecond, Latency.Percentiles fromIngestion, Latency.Percentiles fromSource,
                       double platformCores, long dropped) {
    }

    /** A minute of {@code platform} serving {@code clients}: ingestion from {@code ingestion}'s metrics (the instance holding the controllers). */
    private static Run measure(PayaraMicroProcess platform, Metrics ingestion, Metrics scada, ScadaClients clients) throws Exception {
        double receivedBefore = ingestion.value("ingest_values_received_total");
        double droppedBefore = scada.value("scada_notifications_dropped_total");
        long cpuBefore = platform.cpuTime().toNanos();
        long start = System.nanoTime();
        Thread.sleep(MEASURE.toMillis());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cores = (platform.cpuTime().toNanos() - cpuBefore) / 1e9 / seconds;
        double ingested = (ingestion.value("ingest_values_received_total") - receivedBefore) / seconds;
        long dropped = (long) (scada.value("scada_notifications_dropped_total") - droppedBefore);
        return clients == null ? new Run(ingested, 0, null, null, cores, dropped)
                : new Run(ingested, clients.delivered() / seconds, clients.fromIngestion.percentiles(), clients.fromSource.percentiles(), cores, dropped);
    }

    private static String table(Run without, Run with, Run relayed, int points) {
        String header = String.format(Locale.ROOT, "| %-50s | %10s | %11s | %16s | %16s | %8s | %6s | %7s |", "run", "ingested/s", "delivered/s",
                "ingestion→client", "source→client", "CPU", "x CPU", "dropped");
        List<String> rows = new ArrayList<>(List.of(header, header.replaceAll("[^|]", "-")));
        rows.add(row("1. baseline: ingestion only, no SCADA client", without, without.platformCores()));
        rows.add(row("2. 10 SCADA clients x 5,000 items, 1 s", with, without.platformCores()));
        rows.add(row("3. the same on a second instance (by the relay)", relayed, without.platformCores()));
        return String.format(Locale.ROOT, "%d cores, Java %s, PostgreSQL 17 (fsync on), %s%n%n%s%n%n"
                        + "%,d Milan points from the simulator (%,d items, every 1 s; only changes are sent), the platform (Payara Micro, "
                        + "the WAR, -Xmx1g); clients in the benchmark's JVM, Basic256Sha256 SignAndEncrypt, signed in as milan.scada; each "
                        + "monitors 5,000 points (client i from point i x 2,000, so each point has 2 or 3 items). Latencies p50 / p99: client "
                        + "receive time minus the value's server timestamp (set as the instance hands the value to its SCADA server: on the "
                        + "second instance, when the relay delivers it) and minus the controller's source timestamp. CPU: the Payara JVM "
                        + "serving the clients, in cores (in run 3 the second instance; PostgreSQL, the simulator and the clients not in it); "
                        + "x CPU: against run 1. Run 3: a second instance on the same database and controllers, started after run 2; the "
                        + "first holds every endpoint's lease, so the second's values come through the relay (ADR 7); ingested/s is the "
                        + "first instance's, read from the second's metrics as 0.%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), LocalDate.now(), String.join("\n", rows),
                points, ITEMS);
    }

    private static String row(String name, Run run, double baselineCores) {
        return String.format(Locale.ROOT, "| %-50s | %,10.0f | %11s | %16s | %16s | %8.2f | %6.2f | %,7d |", name, run.ingestedPerSecond(),
                run.deliveredPerSecond() == 0 ? "-" : String.format(Locale.ROOT, "%,.0f", run.deliveredPerSecond()),
                run.fromIngestion() == null ? "-" : run.fromIngestion().toString(), run.fromSource() == null ? "-" : run.fromSource().toString(),
                run.platformCores(), run.platformCores() / baselineCores, run.dropped());
    }

    /** A histogram of latencies in milliseconds, 0 to 10 s (later ones count in the last bucket). */
    private static final class Latency {

        record Percentiles(long p50, long p99) {
            @Override
            public String toString() {
                return p50 + " / " + p99 + " ms";
            }
        }

        private final AtomicLongArray buckets = new AtomicLongArray(BUCKETS);

        void add(long millis) {
            buckets.incrementAndGet((int) Math.max(0, Math.min(BUCKETS - 1, millis)));
        }

        void reset() {
            for (int i = 0; i < BUCKETS; i++) {
                buckets.set(i, 0);
            }
        }

        Percentiles percentiles() {
            return new Percentiles(percentile(0.5), percentile(0.99));
        }

        private long percentile(double p) {
            long total = 0;
            for (int i = 0; i < BUCKETS; i++) {
                total += buckets.get(i);
            }
            long seen = 0;
            for (int i = 0; i < BUCKETS; i++) {
                seen += buckets.get(i);
                if (seen >= Math.ceil(total * p)) {
                    return i;
                }
            }
            return BUCKETS - 1;
        }
    }

    /** The SCADA clients: each with its own session and one subscription of 5,000 items. */
    private static final class ScadaClients implements AutoCloseable {

        private final List<OpcUaClient> clients = new ArrayList<>();
        private final LongAdder delivered = new LongAdder();
        final Latency fromIngestion = new Latency();
        final Latency fromSource = new Latency();

        static ScadaClients connect(int port, Path pki, List<String> codes) throws Exception {
            CryptoProviders.ensureBouncyCastle();
            KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
            X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair).setCommonName("ScadaBench").setOrganization("Bench")
                    .setApplicationUri("urn:sharingcities:bench:scada").addDnsName("localhost").build();
            Path trusted = Files.createDirectories(pki.resolve("scada/trust/trusted/certs"));
            Files.write(trusted.resolve("scada-bench.der"), certificate.getEncoded()); // trusted by the operators' hands
            ScadaClients all = new ScadaClients();
            for (int c = 0; c < CLIENTS; c++) {
                OpcUaClient client = connected(port, keyPair, certificate);
                all.clients.add(client);
                OpcUaSubscription subscription = new OpcUaSubscription(client, 1000.0);
                subscription.create();
                int ns = client.getNamespaceTable().getIndex("urn:sharingcities:platform:scada").intValue();
                List<OpcUaMonitoredItem> items = new ArrayList<>();
                for (int i = 0; i < ITEMS_PER_CLIENT; i++) {
                    String code = codes.get((c * 2_000 + i) % codes.size());
                    OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(new NodeId(ns, "milan/" + code));
                    item.setDataValueListener((it, value) -> all.received(value));
                    items.add(item);
                }
                subscription.addMonitoredItems(items);
                subscription.synchronizeMonitoredItems();
            }
            return all;
        }

        private static OpcUaClient connected(int port, KeyPair keyPair, X509Certificate certificate) throws Exception {
            OpcUaClient client = OpcUaClient.create("opc.tcp://127.0.0.1:" + port + "/sharing-cities",
                    offered -> offered.stream().filter(e -> e.getSecurityPolicyUri().equals(SecurityPolicy.Basic256Sha256.getUri())
                            && e.getSecurityMode() == MessageSecurityMode.SignAndEncrypt).findFirst(),
                    transport -> {
                    }, config -> config.setApplicationName(LocalizedText.english("ScadaBench")).setApplicationUri("urn:sharingcities:bench:scada")
                            .setKeyPair(keyPair).setCertificate(certificate).setCertificateChain(new X509Certificate[]{certificate})
                            .setCertificateValidator(new CertificateValidator.InsecureCertificateValidator())
                            .setIdentityProvider(new UsernameProvider("milan.scada", "demo")));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) { // the trust folder is read again within a few seconds
                try {
                    client.connect();
                    return client;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(1000);
                }
            }
        }

        private void received(DataValue value) {
            delivered.increment();
            long now = System.currentTimeMillis();
            if (value.getServerTime() != null) {
                fromIngestion.add(now - value.getServerTime().getJavaInstant().toEpochMilli());
            }
            if (value.getSourceTime() != null) {
                fromSource.add(now - value.getSourceTime().getJavaInstant().toEpochMilli());
            }
        }

        void reset() {
            delivered.reset();
            fromIngestion.reset();
            fromSource.reset();
        }

        long delivered() {
            return delivered.sum();
        }

        @Override
        public void close() {
            clients.forEach(OpcUaClient::disconnectAsync);
        }
    }

    /** The platform's /api/metrics, read with the metrics token. */
    private record Metrics(String url) {

        double value(String name) throws Exception {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + METRICS_TOKEN)
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.E+-]+)$").matcher(body);
            return m.find() ? Double.parseDouble(m.group(1)) : 0;
        }
    }
}

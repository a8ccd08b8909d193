package eu.sharingcities.simulator;

import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.CertificateStore;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * A self-signed application certificate for each simulated controller (what Basic256Sha256 and
 * encrypted passwords need): a fresh one at every start, or, given a folder, the one kept there
 * ({@code <city>.p12}, made at the first start) with its certificate beside it ({@code <city>.der})
 * for the platform's trust list, as a real controller keeps its certificate. A simulator trusts
 * every client certificate — a real controller keeps a trust list, and the platform's own client
 * does (see the ingestion package).
 */
final class SimulatorCertificates {

    /** Protects nothing: the simulator's keys are test fixtures. */
    private static final char[] KEYSTORE_PASSWORD = "simulator".toCharArray();
    private static final String ALIAS = "controller";

    private SimulatorCertificates() {
    }

    /** {@code keptIn} null: a new certificate. */
    static CertificateManager create(String applicationUri, String commonName, String fileName, Path keptIn) throws Exception {
        var store = new MemoryCertificateStore();
        Path keystoreFile = keptIn == null ? null : keptIn.resolve(fileName + ".p12");
        if (keystoreFile != null && Files.exists(keystoreFile)) {
            store.set(NodeIds.RsaSha256ApplicationCertificateType, load(keystoreFile));
        }
        var factory = new RsaSha256CertificateFactory() {
            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) throws Exception {
                X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair)
                        .setCommonName(commonName)
                        .setOrganization("Sharing Cities Platform")
                        .setApplicationUri(applicationUri)
                        .addDnsName("localhost")
                        .addIpAddress("127.0.0.1")
                        .build();
                return new X509Certificate[]{certificate};
            }
        };
        var group = DefaultApplicationGroup.createAndInitialize(new MemoryTrustListManager(), store, factory,
                new CertificateValidator.InsecureCertificateValidator());
        if (keystoreFile != null && !Files.exists(keystoreFile)) {
            keep(store.get(NodeIds.RsaSha256ApplicationCertificateType), keystoreFile, keptIn.resolve(fileName + ".der"));
        }
        return new DefaultCertificateManager(new MemoryCertificateQuarantine(), group);
    }

    private static CertificateStore.Entry load(Path keystoreFile) throws Exception {
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystoreFile)) {
            keystore.load(in, KEYSTORE_PASSWORD);
        }
        X509Certificate[] chain = Arrays.stream(keystore.getCertificateChain(ALIAS)).map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
        return new CertificateStore.Entry((PrivateKey) keystore.getKey(ALIAS, KEYSTORE_PASSWORD), chain);
    }

    private static void keep(CertificateStore.Entry entry, Path keystoreFile, Path certificateFile) throws Exception {
        Files.createDirectories(keystoreFile.getParent());
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        keystore.load(null, KEYSTORE_PASSWORD);
        Certificate[] chain = Arrays.copyOf(entry.certificateChain, entry.certificateChain.length, Certificate[].class);
        keystore.setKeyEntry(ALIAS, entry.privateKey, KEYSTORE_PASSWORD, chain);
        try (OutputStream out = Files.newOutputStream(keystoreFile)) {
            keystore.store(out, KEYSTORE_PASSWORD);
        }
        Files.write(certificateFile, entry.certificateChain[0].getEncoded());
    }
}

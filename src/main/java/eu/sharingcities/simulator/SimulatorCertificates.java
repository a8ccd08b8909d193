package eu.sharingcities.simulator;

import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;

import java.security.KeyPair;
import java.security.cert.X509Certificate;

/**
 * A fresh self-signed application certificate for each simulated controller (what Basic256Sha256
 * and encrypted passwords need). A simulator trusts every client certificate — a real controller
 * keeps a trust list, and the platform's own client does (see the ingestion package).
 */
final class SimulatorCertificates {

    private SimulatorCertificates() {
    }

    static CertificateManager create(String applicationUri, String commonName) throws Exception {
        var trustList = new MemoryTrustListManager();
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
        var group = DefaultApplicationGroup.createAndInitialize(trustList, new MemoryCertificateStore(), factory,
                new CertificateValidator.InsecureCertificateValidator());
        return new DefaultCertificateManager(new MemoryCertificateQuarantine(), group);
    }
}

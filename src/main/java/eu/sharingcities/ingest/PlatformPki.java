package eu.sharingcities.ingest;

import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Period;

/**
 * The platform's identity towards controllers and the controllers it trusts, in one folder:
 * {@code platform.p12} (its application certificate, made on first use), {@code trust/} (Milo's
 * trust list: put a controller's certificate in {@code trust/trusted/certs}) and {@code rejected/}
 * (certificates of controllers not trusted yet, for an operator to inspect and move).
 */
public final class PlatformPki {

    public static final String APPLICATION_URI = "urn:sharingcities:platform";
    private static final String ALIAS = "platform";

    private final Path dir;
    private final KeyPair keyPair;
    private final X509Certificate certificate;
    private final CertificateValidator serverValidator;

    private PlatformPki(Path dir, KeyPair keyPair, X509Certificate certificate, CertificateValidator serverValidator) {
        this.dir = dir;
        this.keyPair = keyPair;
        this.certificate = certificate;
        this.serverValidator = serverValidator;
    }

    /** Opens (or creates) the folder; {@code trustAllServers} is for the demo's simulator, whose certificates change at every start. */
    public static PlatformPki open(Path dir, char[] keystorePassword, boolean trustAllServers) throws Exception {
        Files.createDirectories(dir);
        Path keystoreFile = dir.resolve("platform.p12");
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        if (Files.exists(keystoreFile)) {
            try (InputStream in = Files.newInputStream(keystoreFile)) {
                keystore.load(in, keystorePassword);
            }
        } else {
            keystore.load(null, keystorePassword);
            KeyPair pair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
            X509Certificate created = new SelfSignedCertificateBuilder(pair)
                    .setCommonName("Sharing Cities Platform")
                    .setOrganization("Sharing Cities")
                    .setApplicationUri(APPLICATION_URI)
                    .addDnsName("localhost")
                    .addDnsName(InetAddress.getLocalHost().getHostName())
                    .setValidityPeriod(Period.ofYears(5))
                    .build();
            keystore.setKeyEntry(ALIAS, pair.getPrivate(), keystorePassword, new Certificate[]{created});
            try (OutputStream out = Files.newOutputStream(keystoreFile)) {
                keystore.store(out, keystorePassword);
            }
        }
        Key key = keystore.getKey(ALIAS, keystorePassword);
        X509Certificate certificate = (X509Certificate) keystore.getCertificate(ALIAS);
        KeyPair keyPair = new KeyPair(certificate.getPublicKey(), (PrivateKey) key);
        CertificateValidator validator = trustAllServers
                ? new CertificateValidator.InsecureCertificateValidator()
                : new DefaultClientCertificateValidator(FileBasedTrustListManager.createAndInitialize(dir.resolve("trust")),
                FileBasedCertificateQuarantine.create(dir.resolve("rejected")));
        return new PlatformPki(dir, keyPair, certificate, validator);
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public CertificateValidator serverValidator() {
        return serverValidator;
    }

    public Path trustedFolder() {
        return dir.resolve("trust").resolve("trusted").resolve("certs");
    }

    public Path rejectedFolder() {
        return dir.resolve("rejected");
    }

    /** The SCADA server's trust list of client certificates, kept apart from the controllers' ({@code scada/trust}, {@code scada/rejected}). */
    public Path scadaFolder() {
        return dir.resolve("scada");
    }
}

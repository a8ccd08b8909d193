package eu.sharingcities.scada;

import eu.sharingcities.opcua.CryptoProviders;
import eu.sharingcities.testsupport.SharedPlatform;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;

/**
 * A SCADA client application of the tests: its own key pair and self-signed certificate, connecting
 * to the shared platform's SCADA server with Basic256Sha256 SignAndEncrypt and a username.
 */
public final class ScadaTestClient {

    private final String applicationUri;
    private final KeyPair keyPair;
    private final X509Certificate certificate;

    public ScadaTestClient(String name) throws Exception {
        CryptoProviders.ensureBouncyCastle();
        applicationUri = "urn:sharingcities:test:" + name;
        keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        certificate = new SelfSignedCertificateBuilder(keyPair).setCommonName(name).setOrganization("Test SCADA")
                .setApplicationUri(applicationUri).addDnsName("localhost").build();
    }

    static String url() {
        return "opc.tcp://127.0.0.1:" + SharedPlatform.scadaPort() + "/sharing-cities";
    }

    static Path scadaPki() {
        return SharedPlatform.pki().resolve("scada");
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** What an administrator does for a client they expect: its certificate in the shared platform's trusted folder. */
    ScadaTestClient trusted() throws Exception {
        return trustedIn(scadaPki());
    }

    /** The same for the SCADA server whose PKI folder is {@code scadaPki}. */
    public ScadaTestClient trustedIn(Path scadaPki) throws Exception {
        Path trusted = Files.createDirectories(scadaPki.resolve("trust").resolve("trusted").resolve("certs"));
        Files.write(trusted.resolve(applicationUri.replace(':', '_') + ".der"), certificate.getEncoded());
        return this;
    }

    OpcUaClient connect(String user, String password) throws UaException {
        return connect(new UsernameProvider(user, password));
    }

    OpcUaClient connect(IdentityProvider identity) throws UaException {
        return connect(url(), identity);
    }

    public OpcUaClient connect(String url, String user, String password) throws UaException {
        return connect(url, new UsernameProvider(user, password));
    }

    private OpcUaClient connect(String url, IdentityProvider identity) throws UaException {
        OpcUaClient client = OpcUaClient.create(url,
                offered -> offered.stream().filter(e -> e.getSecurityPolicyUri().equals(SecurityPolicy.Basic256Sha256.getUri())
                        && e.getSecurityMode() == MessageSecurityMode.SignAndEncrypt).findFirst(),
                transport -> {
                }, config -> config.setApplicationName(LocalizedText.english(applicationUri))
                        .setApplicationUri(applicationUri)
                        .setKeyPair(keyPair).setCertificate(certificate).setCertificateChain(new X509Certificate[]{certificate})
                        .setCertificateValidator(new CertificateValidator.InsecureCertificateValidator())
                        .setIdentityProvider(identity));
        try {
            client.connect();
        } catch (UaException e) {
            client.disconnectAsync();
            throw e;
        }
        return client;
    }

    /** A node of the SCADA namespace by its path, e.g. {@code milan/milan.weather.outdoor-temperature}. */
    public static NodeId node(OpcUaClient client, String path) {
        return new NodeId(client.getNamespaceTable().getIndex(ScadaNamespace.URI), path);
    }
}

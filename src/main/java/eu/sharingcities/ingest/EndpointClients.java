package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.Authentication;
import eu.sharingcities.ingest.config.EndpointSettings;
import eu.sharingcities.ingest.config.SecurityPolicyName;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.identity.X509IdentityProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * Builds the Milo client for one endpoint as its configuration says: the offered endpoint with the
 * configured security policy and mode (at the configured host and port), the sign-in, and — with
 * the platform's PKI — its certificate and its trust list of controllers.
 */
final class EndpointClients {

    private EndpointClients() {
    }

    static OpcUaClient create(EndpointSettings settings, PlatformPki pki, Function<String, String> environment) throws UaException {
        eu.sharingcities.opcua.CryptoProviders.ensureBouncyCastle();
        if (pki == null && settings.policy() != SecurityPolicyName.NONE) {
            throw new IllegalStateException("security policy " + settings.policy().written() + " needs the platform's certificate (PLATFORM_PKI_DIR)");
        }
        IdentityProvider identity = identity(settings, environment, pki);
        return OpcUaClient.create(settings.url(), offered -> choose(settings, offered), transport -> {
        }, config -> {
            config.setApplicationName(LocalizedText.english("Sharing Cities Platform"))
                    .setApplicationUri(PlatformPki.APPLICATION_URI)
                    .setIdentityProvider(identity)
                    .setRequestTimeout(uint(30_000));
            if (pki != null) {
                config.setKeyPair(pki.keyPair()).setCertificate(pki.certificate())
                        .setCertificateChain(new X509Certificate[]{pki.certificate()})
                        .setCertificateValidator(pki.serverValidator());
            }
        });
    }

    private static Optional<EndpointDescription> choose(EndpointSettings settings, List<EndpointDescription> offered) {
        String policyUri = securityPolicy(settings.policy()).getUri();
        MessageSecurityMode mode = switch (settings.mode()) {
            case NONE -> MessageSecurityMode.None;
            case SIGN -> MessageSecurityMode.Sign;
            case SIGN_AND_ENCRYPT -> MessageSecurityMode.SignAndEncrypt;
        };
        // controllers behind NAT or a gateway advertise addresses we cannot reach: keep the configured host and port
        URI configured = URI.create(settings.url());
        return offered.stream().filter(e -> policyUri.equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode).findFirst()
                .map(e -> EndpointUtil.updateUrl(e, configured.getHost(), configured.getPort()));
    }

    private static IdentityProvider identity(EndpointSettings settings, Function<String, String> environment, PlatformPki pki) {
        return switch (settings.authentication()) {
            case Authentication.Anonymous a -> new AnonymousProvider();
            case Authentication.UsernamePassword u -> {
                String password = environment.apply(u.passwordVariable());
                if (password == null) {
                    throw new IllegalStateException("the environment variable " + u.passwordVariable() + " with the password for "
                            + u.username() + " is not set");
                }
                yield new UsernameProvider(u.username(), password);
            }
            case Authentication.Certificate c -> {
                if (pki == null || settings.policy() == SecurityPolicyName.NONE) {
                    throw new IllegalStateException("certificate sign-in needs a signed endpoint (security policy other than None) "
                            + "and the platform's certificate (PLATFORM_PKI_DIR)");
                }
                yield new X509IdentityProvider(pki.certificate(), pki.keyPair().getPrivate());
            }
        };
    }

    static SecurityPolicy securityPolicy(SecurityPolicyName name) {
        return switch (name) {
            case NONE -> SecurityPolicy.None;
            case BASIC256SHA256 -> SecurityPolicy.Basic256Sha256;
            case AES128_SHA256_RSAOAEP -> SecurityPolicy.Aes128_Sha256_RsaOaep;
            case AES256_SHA256_RSAPSS -> SecurityPolicy.Aes256_Sha256_RsaPss;
        };
    }
}

package eu.sharingcities.opcua;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Security;

/**
 * Milo signs Aes256_Sha256_RsaPss messages with "SHA256withRSA/PSS", an algorithm name only
 * Bouncy Castle's provider knows; clients and servers register it once before they connect.
 */
public final class CryptoProviders {

    private CryptoProviders() {
    }

    public static synchronized void ensureBouncyCastle() {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }
}

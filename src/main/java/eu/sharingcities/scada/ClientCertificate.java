package eu.sharingcities.scada;

import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A SCADA client application's certificate as a city admin judges it: its SHA-1 thumbprint (how OPC
 * UA tools name a certificate), subject, application URI, end of validity, and who trusted it for
 * the city and when (both null while it waits).
 */
public record ClientCertificate(String thumbprint, String subject, String applicationUri, Instant validUntil, String trustedBy,
                                Instant trustedAt) {

    static ClientCertificate waiting(X509Certificate certificate) {
        return new ClientCertificate(thumbprint(certificate), certificate.getSubjectX500Principal().getName(), applicationUri(certificate),
                certificate.getNotAfter().toInstant(), null, null);
    }

    static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(der(certificate)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate the server read cannot be encoded", e);
        }
    }

    static X509Certificate decode(byte[] der) {
        try {
            return CertificateUtil.decodeCertificate(der);
        } catch (UaException e) {
            throw new IllegalStateException("a stored client certificate cannot be decoded", e);
        }
    }

    static String applicationUri(X509Certificate certificate) {
        return CertificateUtil.getSanUri(certificate).orElse("");
    }
}

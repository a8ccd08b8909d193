package eu.sharingcities.scada;

import eu.sharingcities.security.SignInResult;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.AbstractX509IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.TrustListManager;
import org.eclipse.milo.opcua.stack.core.types.structured.SignatureData;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.types.structured.X509IdentityToken;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.logging.Logger;

/**
 * X509 user tokens (OPC 10000-4 7.41.5): a person signs in with their own certificate, whose private
 * key the token's signature proves (Milo checks it). The certificate must be in the user trust list
 * the platform's operators keep ({@code <pki>/scada/users/trusted/certs}) and within its validity,
 * and its subject's common name is the platform account it signs in as. The account is checked and
 * audited as a password sign-in is ({@code Accounts.signInWithCertificate}) and admitted as one.
 */
final class ScadaCertificateSignIn extends AbstractX509IdentityValidator {

    private static final Logger LOG = Logger.getLogger(ScadaCertificateSignIn.class.getName());

    /** Signs in the account a certificate names; runs where the application's services may be called. */
    @FunctionalInterface
    interface Accounts {
        SignInResult signIn(String username, String source);
    }

    private final Accounts signIn;
    private final TrustListManager users;
    private final ScadaAdmission admission;

    ScadaCertificateSignIn(Accounts signIn, TrustListManager users, ScadaAdmission admission) {
        this.signIn = signIn;
        this.users = users;
        this.admission = admission;
    }

    @Override
    protected Identity.X509UserIdentity validateX509Token(Session session, X509IdentityToken token, UserTokenPolicy policy,
                                                          SignatureData signature) throws UaException {
        Identity.X509UserIdentity identity = super.validateX509Token(session, token, policy, signature);
        admission.requireSessionLeft(session, ScadaUser.of(identity).map(ScadaUser::username).orElse("?"));
        return identity;
    }

    @Override
    protected Identity.X509UserIdentity authenticateCertificate(Session session, X509Certificate certificate) {
        if (!trusted(certificate)) {
            LOG.info(() -> "an OPC UA user certificate not in the user trust list, or out of its validity, was refused: "
                    + certificate.getSubjectX500Principal().getName());
            return null;
        }
        String username = commonName(certificate);
        SignInResult result = signIn.signIn(username, ScadaAdmission.source(session));
        ScadaUser user = result.signedIn() ? admission.admit(session, result.user()) : null;
        return user == null ? null : new ScadaUser.ByCertificate(certificate, user);
    }

    private boolean trusted(X509Certificate certificate) {
        try {
            certificate.checkValidity();
        } catch (CertificateException e) {
            return false;
        }
        return users.getTrustedCertificates().contains(certificate);
    }

    /** The subject's CN, e.g. {@code milan.scada-operator}; empty when it has none. */
    static String commonName(X509Certificate certificate) {
        try {
            return new LdapName(certificate.getSubjectX500Principal().getName()).getRdns().stream()
                    .filter(rdn -> rdn.getType().equalsIgnoreCase("CN")).map(Rdn::getValue).map(String::valueOf).findFirst().orElse("");
        } catch (InvalidNameException e) {
            return "";
        }
    }
}

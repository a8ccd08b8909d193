package eu.sharingcities.scada;

import eu.sharingcities.security.SignInResult;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.AbstractUsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.structured.SignatureData;
import org.eclipse.milo.opcua.stack.core.types.structured.UserNameIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;

import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Username tokens are platform accounts: the password is checked, throttled and audited as a
 * portal sign-in is ({@code Accounts.signIn}, the source being {@code opcua:<client address>}), and
 * the account must hold the SCADA role in at least one city whose administrators trust the client
 * application ({@link ScadaClients}).
 */
final class ScadaSignIn extends AbstractUsernameIdentityValidator {

    private static final Logger LOG = Logger.getLogger(ScadaSignIn.class.getName());

    /** Checks a password from a source; runs where the application's services may be called. */
    @FunctionalInterface
    interface Accounts {
        SignInResult signIn(String username, String password, String source);
    }

    private final Accounts signIn;
    private final Function<X509Certificate, Optional<Set<String>>> citiesTrusting;
    private final Consumer<X509Certificate> waitForACityAdmin;
    private final int maxSessionsPerUser;

    /**
     * {@code citiesTrusting} says which cities trust a client application (empty: every city, trusted
     * by the operators' hands); an application refused because none of the account's cities trusts it
     * goes to {@code waitForACityAdmin}, where a city admin sees it.
     */
    ScadaSignIn(Accounts signIn, Function<X509Certificate, Optional<Set<String>>> citiesTrusting, Consumer<X509Certificate> waitForACityAdmin,
                int maxSessionsPerUser) {
        this.signIn = signIn;
        this.citiesTrusting = citiesTrusting;
        this.waitForACityAdmin = waitForACityAdmin;
        this.maxSessionsPerUser = maxSessionsPerUser;
    }

    /** One account holds at most {@code maxSessionsPerUser} sessions: a client that leaks them does not exhaust the server. */
    @Override
    protected Identity.UsernameIdentity validateUsernameToken(Session session, UserNameIdentityToken token, UserTokenPolicy policy,
                                                             SignatureData signature) throws UaException {
        Identity.UsernameIdentity identity = super.validateUsernameToken(session, token, policy, signature);
        long others = session.getServer().getSessionManager().getAllSessions().stream()
                .filter(s -> s != session && s.getIdentity() instanceof ScadaUser user && user.getUsername().equals(identity.getUsername()))
                .count();
        if (others >= maxSessionsPerUser) {
            LOG.info(() -> identity.getUsername() + " has " + others + " OPC UA sessions already: refused another");
            throw new UaException(StatusCodes.Bad_TooManySessions, identity.getUsername() + " has " + maxSessionsPerUser
                    + " sessions already; close one first");
        }
        return identity;
    }

    @Override
    protected Identity.UsernameIdentity authenticateUsernamePassword(Session session, String username, String password) {
        InetAddress address = session.getClientAddress();
        String source = "opcua:" + (address == null ? "unknown" : address.getHostAddress());
        SignInResult result = signIn.signIn(username, password, source);
        if (!result.signedIn()) {
            return null;
        }
        X509Certificate client = session.getSecurityConfiguration().getClientCertificate();
        Optional<Set<String>> trusting = client == null ? Optional.of(Set.of()) : citiesTrusting.apply(client);
        ScadaUser user = ScadaUser.of(result.user(), trusting);
        if (user == null && ScadaUser.of(result.user(), Optional.empty()) != null) {
            LOG.info(() -> username + " signed in over OPC UA from an application none of their cities trusts: refused, and the application waits"
                    + " for a city admin");
            if (client != null) {
                waitForACityAdmin.accept(client);
            }
        } else if (user == null) {
            LOG.info(() -> username + " signed in over OPC UA without the SCADA role in any city: refused");
        }
        return user;

    }
}

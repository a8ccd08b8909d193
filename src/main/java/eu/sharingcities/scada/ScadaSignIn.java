package eu.sharingcities.scada;

import eu.sharingcities.security.SignInResult;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.AbstractUsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;

import java.net.InetAddress;
import java.util.function.BiFunction;
import java.util.logging.Logger;

/**
 * Username tokens are platform accounts: the password is checked, throttled and audited as a
 * portal sign-in is ({@code Accounts.signIn}, the source being {@code opcua:<client address>}), and
 * the account must hold the SCADA role in at least one city.
 */
final class ScadaSignIn extends AbstractUsernameIdentityValidator {

    private static final Logger LOG = Logger.getLogger(ScadaSignIn.class.getName());

    /** Signs in (username, password) from a source; runs where the application's services may be called. */
    private final BiFunction<String[], String, SignInResult> signIn;

    ScadaSignIn(BiFunction<String[], String, SignInResult> signIn) {
        this.signIn = signIn;
    }

    @Override
    protected Identity.UsernameIdentity authenticateUsernamePassword(Session session, String username, String password) {
        InetAddress client = session.getClientAddress();
        String source = "opcua:" + (client == null ? "unknown" : client.getHostAddress());
        SignInResult result = signIn.apply(new String[]{username, password}, source);
        if (!result.signedIn()) {
            return null;
        }
        ScadaUser user = ScadaUser.of(result.user());
        if (user == null) {
            LOG.info(() -> username + " signed in over OPC UA without the SCADA role in any city: refused");
        }
        return user;
    }
}

package eu.sharingcities.scada;

import eu.sharingcities.security.SignInResult;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.AbstractUsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.structured.SignatureData;
import org.eclipse.milo.opcua.stack.core.types.structured.UserNameIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;

/**
 * Username tokens are platform accounts: the password is checked, throttled and audited as a
 * portal sign-in is ({@code Accounts.signIn}, the source being {@code opcua:<client address>}), and
 * the account must hold the SCADA role in at least one city whose administrators trust the client
 * application ({@link ScadaClients}).
 */
final class ScadaSignIn extends AbstractUsernameIdentityValidator {

    /** Checks a password from a source; runs where the application's services may be called. */
    @FunctionalInterface
    interface Accounts {
        SignInResult signIn(String username, String password, String source);
    }

    private final Accounts signIn;
    private final ScadaAdmission admission;

    ScadaSignIn(Accounts signIn, ScadaAdmission admission) {
        this.signIn = signIn;
        this.admission = admission;
    }

    @Override
    protected Identity.UsernameIdentity validateUsernameToken(Session session, UserNameIdentityToken token, UserTokenPolicy policy,
                                                             SignatureData signature) throws UaException {
        Identity.UsernameIdentity identity = super.validateUsernameToken(session, token, policy, signature);
        admission.requireSessionLeft(session, identity.getUsername());
        return identity;
    }

    @Override
    protected Identity.UsernameIdentity authenticateUsernamePassword(Session session, String username, String password) {
        SignInResult result = signIn.signIn(username, password, ScadaAdmission.source(session));
        ScadaUser user = result.signedIn() ? admission.admit(session, result.user()) : null;
        return user == null ? null : new ScadaUser.ByPassword(user);
    }
}

package eu.sharingcities.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.BasicAuthenticationCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Three ways in: the portal's login view signs in programmatically and the session remembers the
 * user; REST clients send HTTP Basic on each request (no session); everyone else is anonymous and
 * the portal or the resource decides what they may see. A disabled account loses its session at
 * the next request.
 */
@ApplicationScoped
public class PlatformAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "eu.sharingcities.signed-in-user";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession(true).setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
            }
            return context.notifyContainerAboutLogin(result);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = identityStores.validate(new BasicAuthenticationCredential(authorization.substring(6).trim()));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Sharing Cities Platform\"");
            return context.responseUnauthorized();
        }
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (username instanceof String name) {
            var user = accounts.signedIn(name);
            if (user.isPresent()) {
                return context.notifyContainerAboutLogin(name, user.get().groups());
            }
            session.removeAttribute(SESSION_USER);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
    }
}

package eu.sharingcities.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.BasicAuthenticationCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Three ways in: the portal's login view signs in programmatically and the session remembers the
 * user; REST clients send HTTP Basic on each request (no session); everyone else is anonymous and
 * the portal or the resource decides what they may see. REST never takes the session cookie, so
 * a page on another site cannot make a signed-in browser call it (no CSRF through /api). A
 * disabled account loses its session at the next request.
 */
@ApplicationScoped
public class PlatformAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "eu.sharingcities.signed-in-user";
    /** The last sign-in's {@link SignInResult}, for the login view to explain a refusal. */
    public static final String SIGN_IN_RESULT = "eu.sharingcities.sign-in-result";
    static final String SIGNED_IN_USER = "eu.sharingcities.signed-in-user-of-request";
    private static final String CHALLENGE = "Basic realm=\"Sharing Cities Platform\", charset=\"UTF-8\"";

    @Inject
    Accounts accounts;

    @Inject
    ClientAddress clientAddress;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            SignInResult result = signIn(password, request);
            if (result.signedIn()) {
                request.getSession(true).setAttribute(SESSION_USER, result.user().username());
                return signedIn(result.user(), request, context);
            }
            return AuthenticationStatus.SEND_FAILURE; // the login view explains it; the portal's own request goes on
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if (isRest(request)) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (username instanceof String name) {
            var user = accounts.signedIn(name);
            if (user.isPresent()) {
                return signedIn(user.get(), request, context);
            }
            session.removeAttribute(SESSION_USER);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        UsernamePasswordCredential credential;
        try {
            credential = new BasicAuthenticationCredential(encoded);
        } catch (RuntimeException e) {
            return refuse(response, 400, "The Authorization header is not HTTP Basic: send 'Basic ' and base64 of username:password.", 0);
        }
        SignInResult result = signIn(credential, request);
        return switch (result.outcome()) {
            case SIGNED_IN -> result.user().mustChangePassword() && !isAccountItself(request)
                    ? refuse(response, 403, "Your password was set by someone else: change it first with POST /api/me/password "
                    + "{\"current\": ..., \"newPassword\": ...} (12+ characters), or in the portal.", 0)
                    : signedIn(result.user(), request, context);
            case SLOWED_DOWN -> refuse(response, 429, "Too many wrong passwords from your address: wait "
                    + result.retryAfterSeconds() + " s before the next attempt.", result.retryAfterSeconds());
            case BUSY -> refuse(response, 503, "Too many sign-ins at once: try again in a second.", result.retryAfterSeconds());
            case WRONG_CREDENTIALS -> {
                response.setHeader("WWW-Authenticate", CHALLENGE);
                yield context.responseUnauthorized();
            }
        };
    }

    private SignInResult signIn(UsernamePasswordCredential credential, HttpServletRequest request) {
        String source = clientAddress.of(request);
        SignInResult result = accounts.remembered(credential.getCaller(), credential.getPasswordAsString(), source)
                .map(SignInResult::signedIn)
                .orElseGet(() -> accounts.signIn(credential.getCaller(), credential.getPasswordAsString(), source));
        request.setAttribute(SIGN_IN_RESULT, result);
        return result;
    }

    /** The user as loaded here goes with the request, so {@link CurrentUser} need not load it again. */
    private static AuthenticationStatus signedIn(SignedInUser user, HttpServletRequest request, HttpMessageContext context) {
        request.setAttribute(SIGNED_IN_USER, user);
        return context.notifyContainerAboutLogin(user.username(), user.groups());
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String message, long retryAfterSeconds) {
        try {
            if (retryAfterSeconds > 0) {
                response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            }
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            // the body every REST error has (api.Problem)
            response.getOutputStream().write(Json.createObjectBuilder().add("status", status).add("error", message).build().toString()
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client left; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** /api/me and /api/me/password: what an account that must change its password may still call. */
    private static boolean isAccountItself(HttpServletRequest request) {
        return path(request).equals("/api/me") || path(request).equals("/api/me/password");
    }

    private static boolean isRest(HttpServletRequest request) {
        return path(request).equals("/api") || path(request).startsWith("/api/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
    }
}

package eu.sharingcities.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The signed-in user of this request, loaded once per request from the caller principal.
 * Start-up and background work that belongs to no user runs through {@link #runAsSystem}.
 */
@RequestScoped
public class CurrentUser {

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    @Inject
    jakarta.enterprise.inject.Instance<jakarta.servlet.http.HttpServletRequest> request;

    private Optional<SignedInUser> user;

    public Optional<SignedInUser> get() {
        if (user == null) {
            Principal principal = securityContext.getCallerPrincipal();
            user = principal == null ? Optional.empty() : loadedBySignIn(principal.getName()).or(() -> accounts.signedIn(principal.getName()));
        }
        return user;
    }

    /** The user the authentication mechanism loaded for this HTTP request, if there is one. */
    private Optional<SignedInUser> loadedBySignIn(String username) {
        try {
            Object loaded = request.isResolvable() ? request.get().getAttribute(PlatformAuthenticationMechanism.SIGNED_IN_USER) : null;
            return loaded instanceof SignedInUser signedIn && signedIn.username().equals(username) ? Optional.of(signedIn) : Optional.empty();
        } catch (RuntimeException notInAnHttpRequest) { // a Vaadin push, a background task
            return Optional.empty();
        }
    }

    public SignedInUser require() {
        return get().orElseThrow(NotSignedInException::new);
    }

    /** Requires the role in the city, e.g. {@code require(Role.OPERATOR, "milan")}. */
    public SignedInUser require(Role role, String cityCode) {
        SignedInUser signedIn = require();
        if (!signedIn.may(role, cityCode)) {
            throw new NotPermittedException(signedIn.username() + " is not " + role.groupName() + " in " + cityCode + ".");
        }
        return signedIn;
    }

    /**
     * As {@link #require(Role, String)}, except for the platform itself ({@link #runAsSystem}): a
     * schedule, or a figure the partners' portal publishes from a city's measurements.
     */
    public void requireOrSystem(Role role, String cityCode) {
        if (!isSystem()) {
            require(role, cityCode);
        }
    }

    public String username() {
        return get().map(SignedInUser::username).orElse("anonymous");
    }

    String scopeSetting() {
        return get().map(SignedInUser::scopeSetting).orElse("");
    }

    String partnerSetting() {
        return get().map(SignedInUser::partnerSetting).orElse("-");
    }

    String partnerCitiesSetting() {
        return get().map(SignedInUser::partnerCitiesSetting).orElse("");
    }

    public static boolean isSystem() {
        return SYSTEM.get();
    }

    /** Runs work that belongs to no user (start-up, schedules) with every city in scope. */
    public static <T> T runAsSystem(Supplier<T> work) {
        boolean outer = SYSTEM.get();
        SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM.set(outer);
        }
    }

}

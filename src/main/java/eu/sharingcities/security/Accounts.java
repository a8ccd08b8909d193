package eu.sharingcities.security;

import eu.sharingcities.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Finding accounts and signing in. User administration is in {@link UserAdministration}. */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();
    SignInPolicy policy = SignInPolicy.DEFAULT;

    public Optional<SignedInUser> signedIn(String username) {
        return find(username).filter(UserAccount::isEnabled)
                .map(a -> new SignedInUser(a.username(), a.displayName(), a.language(), a.grants(), a.organisation()));
    }

    /**
     * Checks a password, counting failures towards the lock-out. Runs in its own transaction so a
     * failed attempt is recorded even though the sign-in is refused.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignInResult signIn(String username, String password) {
        return CurrentUser.runAsSystem(() -> attempt(username, password));
    }

    private SignInResult attempt(String username, String password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = find(username);
        if (found.isEmpty()) {
            hasher.spendTimeOfOneCheck(password);
            audit.record(null, "sign-in.failed", safe(username), null, "unknown user");
            return SignInResult.WRONG_CREDENTIALS;
        }
        UserAccount account = found.get();
        if (!account.isEnabled()) {
            audit.record(null, "sign-in.refused", account.username(), null, "account disabled");
            return SignInResult.DISABLED;
        }
        if (account.isLockedAt(now)) {
            audit.record(null, "sign-in.refused", account.username(), null, "locked until " + account.lockedUntil());
            return SignInResult.LOCKED;
        }
        if (!hasher.matches(password, account.passwordHash())) {
            boolean locked = account.recordFailedSignIn(now, policy);
            audit.record(null, locked ? "account.locked" : "sign-in.failed", account.username(), null,
                    locked ? "locked until " + account.lockedUntil() : "wrong password");
            return locked ? SignInResult.LOCKED : SignInResult.WRONG_CREDENTIALS;
        }
        account.recordSignIn(now);
        audit.record(null, "sign-in", account.username(), null, null);
        return SignInResult.SIGNED_IN;
    }

    public boolean isLocked(String username) {
        return find(username).map(a -> a.isLockedAt(clock.instant())).orElse(false);
    }

    Optional<UserAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username.trim().toLowerCase())
                .getResultStream().findFirst();
    }

    private static String safe(String username) {
        String text = username == null ? "" : username;
        return text.length() > 64 ? text.substring(0, 64) : text;
    }
}

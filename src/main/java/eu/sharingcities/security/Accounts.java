package eu.sharingcities.security;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finding accounts and signing in. User administration is in {@link UserAdministration}. */
@ApplicationScoped
@Transactional
public class Accounts {

    /** last_sign_in is kept to the minute: a REST client's every call must not write its account row. */
    private static final Duration SIGN_IN_RECORDED_EVERY = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Inject
    VerifiedCredentials verified;

    @Inject
    FailedSignInLog failures;

    @Inject
    SecurityAudit audit;

    Clock clock = Clock.systemUTC();

    /** The organisations with a partner account in the city (maintenance contractors, ESCos): whom work can be assigned to. */
    @SuppressWarnings("unchecked")
    public List<String> partnerOrganisations(String city) {
        return em.createNativeQuery("""
                        select distinct u.organisation from user_account u join city_grant g on g.user_id = u.id
                        where g.city_code = ?1 and g.role = 'PARTNER' and u.organisation <> '' and u.enabled order by 1""")
                .setParameter(1, city).getResultList();
    }

    public Optional<SignedInUser> signedIn(String username) {
        return find(username).filter(UserAccount::isEnabled).map(Accounts::toSignedIn);
    }

    private static SignedInUser toSignedIn(UserAccount a) {
        return new SignedInUser(a.username(), a.displayName(), a.language(), a.grants(), a.organisation(), a.mustChangePassword());
    }

    /**
     * A credential verified in the last minutes, for an account that still has the same password
     * hash and is enabled: what most REST calls are. No transaction of its own, no hashing. Not
     * while the source must wait: a guesser's right guess would otherwise answer at once whenever
     * the owner had signed in lately, and every wrong one with 429 — a guessing oracle at full speed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedInUser> remembered(String username, String password, String source) {
        String name = normalise(username);
        if (throttle.waitFor(source, name).isPresent()) {
            return Optional.empty();
        }
        return verified.verifiedHash(name, password == null ? "" : password)
                .flatMap(hash -> find(name).filter(a -> a.isEnabled() && a.passwordHash().equals(hash)))
                .map(Accounts::toSignedIn);
    }

    /**
     * Checks a password from a source address (after {@link #remembered} found nothing). A source
     * that guessed wrong too often waits, refused before any hashing. Runs in its own transaction so
     * a failed attempt is recorded although the sign-in is refused.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignInResult signIn(String username, String password, String source) {
        return CurrentUser.runAsSystem(() -> attempt(normalise(username), password == null ? "" : password, source));
    }

    /**
     * A sign-in by a user certificate whose possession the caller proved and that names the account
     * (the SCADA server's X509 user tokens): the account must exist and be enabled; recorded and
     * audited as a password sign-in, a refusal logged as a failed one.
     */
    public SignInResult signInWithCertificate(String username, String source) {
        return CurrentUser.runAsSystem(() -> {
            String normalised = normalise(username);
            Optional<UserAccount> found = find(normalised).filter(UserAccount::isEnabled);
            if (found.isEmpty()) {
                failures.failed(source, normalised, "certificate of an unknown or disabled account");
                return SignInResult.WRONG_CREDENTIALS;
            }
            recordSignIn(found.get());
            return SignInResult.signedIn(toSignedIn(found.get()));
        });
    }

    private SignInResult attempt(String username, String password, String source) {
        Optional<UserAccount> found = find(username);
        Optional<Duration> wait = throttle.waitFor(source, username);
        if (wait.isPresent()) {
            failures.failed(source, username, "refused unchecked: this source must wait " + wait.get().toSeconds() + " s");
            return SignInResult.slowedDown(wait.get());
        }
        boolean matches;
        try {
            matches = check(found, password);
        } catch (PasswordHasher.BusyException e) {
            return SignInResult.BUSY;
        }
        if (!matches) {
            String reason = found.isEmpty() ? "unknown user" : found.get().isEnabled() ? "wrong password" : "account disabled";
            if (throttle.failed(source, username)) {
                audit.record(null, "sign-in.slowed", username, null, "from " + source + ": further attempts wait, doubling from "
                        + throttle.policy.firstDelay().toSeconds() + " s");
            }
            failures.failed(source, username, reason);
            return SignInResult.WRONG_CREDENTIALS;
        }
        UserAccount account = found.get();
        throttle.succeeded(source, username);
        verified.remember(username, password, account.passwordHash());
        recordSignIn(account);
        return SignInResult.signedIn(toSignedIn(account));
    }

    /** Every path hashes once, so an unknown or disabled account answers as slowly as a wrong password. */
    private boolean check(Optional<UserAccount> found, String password) {
        if (found.isEmpty() || !found.get().isEnabled()) {
            hasher.spendTimeOfOneCheck(password);
            return false;
        }
        return hasher.matches(password, found.get().passwordHash());
    }

    private void recordSignIn(UserAccount account) {
        Instant now = clock.instant();
        if (account.lastSignIn() == null || account.lastSignIn().isBefore(now.minus(SIGN_IN_RECORDED_EVERY))) {
            // a bulk update leaves the version alone: parallel first requests of one client do not conflict
            em.createQuery("update UserAccount u set u.lastSignIn = :now where u.id = :id")
                    .setParameter("now", now).setParameter("id", account.id()).executeUpdate();
            audit.record(null, "sign-in", account.username(), null, null);
        }
    }

    /**
     * The owner replaces their password, proving they know the current one. Every node's remembered
     * credential ends with the old hash; the change is audited without either password.
     */
    public void changePassword(String username, String current, String chosen) {
        UserAccount account = find(username).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new NotPermittedException("No enabled account '" + username + "'."));
        if (current == null || !hasher.matches(current, account.passwordHash())) {
            throw new Refusal("field.expected", "current", Message.of("password.refused.current"));
        }
        if (chosen == null || chosen.equals(current)) {
            throw new Refusal("field.expected", "new", Message.of("password.refused.same"));

        }
        PasswordRules.requireStrong(chosen, username);
        account.changePasswordHash(hasher.hash(chosen));
        verified.forget(username);
        CurrentUser.runAsSystem(() -> {
            audit.record(null, "password.changed", "user/" + username, null, "by its owner");
            return null;
        });
    }

    Optional<UserAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        // the grants in the same query: this runs on every REST call
        return em.createQuery("select distinct u from UserAccount u left join fetch u.grants where u.username = :username", UserAccount.class)
                .setParameter("username", username.trim().toLowerCase())
                .getResultStream().findFirst();
    }

    private static String normalise(String username) {
        String text = username == null ? "" : username.trim().toLowerCase();
        return text.length() > 64 ? text.substring(0, 64) : text;
    }
}

package eu.sharingcities.security;

import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What city admins do with users: list those with a role in their city, create accounts, grant and
 * revoke roles in their city, let a slowed-down account be tried again at once. Every change is audited in the city it concerns.
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityAudit audit;

    @Inject
    SignInThrottle throttle;

    public List<UserSummary> usersOf(String cityCode) {
        currentUser.require(Role.CITY_ADMIN, cityCode);
        return em.createQuery("select distinct u from UserAccount u join u.grants g where g.cityCode = :city order by u.username", UserAccount.class)
                .setParameter("city", cityCode)
                .getResultStream()
                .map(u -> new UserSummary(u.username(), u.displayName(), u.isEnabled(), throttle.isSlowed(u.username()), u.lastSignIn(),
                        // an admin sees the roles in their city only, not what the user holds elsewhere
                        u.grants().stream().filter(g -> cityCode.equals(g.cityCode())).collect(Collectors.toSet())))
                .toList();
    }

    public long countWithAccess(String cityCode) {
        currentUser.require(Role.VIEWER, cityCode);
        return (Long) em.createQuery("select count(distinct u) from UserAccount u join u.grants g where g.cityCode = :city")
                .setParameter("city", cityCode).getSingleResult();
    }

    /** Creates an account with one role in the admin's city. */
    public void create(String username, String displayName, String password, String cityCode, Role role) {
        currentUser.require(Role.CITY_ADMIN, cityCode);
        Username name = new Username(username == null ? "" : username.trim());
        if (accounts.find(name.value()).isPresent()) {
            throw new Refusal("users.refused.taken", name.value());
        }
        UserAccount account = new UserAccount(name, displayName, hasher.hash(PasswordRules.requireStrong(password, name.value())), false);
        account.grant(CityGrant.in(cityCode, requireMunicipal(role)));
        account.requirePasswordChange(); // the admin knows it: the owner chooses their own at first sign-in
        em.persist(account);
        audit.record(cityCode, "user.created", "user/" + name.value(), null, role.groupName());
    }

    public void grant(String username, String cityCode, Role role) {
        currentUser.require(Role.CITY_ADMIN, cityCode);
        UserAccount account = existing(username);
        account.grant(CityGrant.in(cityCode, requireMunicipal(role)));
        audit.record(cityCode, "role.granted", "user/" + username, null, role.groupName());
    }

    public void revoke(String username, String cityCode, Role role) {
        currentUser.require(Role.CITY_ADMIN, cityCode);
        if (username.equals(currentUser.require().username()) && role == Role.CITY_ADMIN) {
            throw new Refusal("users.refused.ownAdmin");
        }
        existing(username).revoke(CityGrant.in(cityCode, role));
        audit.record(cityCode, "role.revoked", "user/" + username, role.groupName(), null);
    }

    public void unlock(String username, String cityCode) {
        requireUserInCity(username, cityCode);
        throttle.forgive(username);
        audit.record(cityCode, "user.unlocked", "user/" + username, "sign-ins slowed down", "every source may try again");
    }

    private void requireUserInCity(String username, String cityCode) {
        currentUser.require(Role.CITY_ADMIN, cityCode);
        boolean inCity = existing(username).grants().stream().anyMatch(g -> cityCode.equals(g.cityCode()));
        if (!inCity) {
            throw new NotPermittedException(username + " has no role in " + cityCode + ".");
        }
    }

    private UserAccount existing(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFound("No user '" + username + "'."));
    }

    private static Role requireMunicipal(Role role) {
        if (role == null || role == Role.CONSORTIUM_ADMIN) {
            throw new Refusal("users.refused.role");

        }
        return role;
    }
}

package eu.sharingcities.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/** The accounts a platform starts with: demo accounts in demo mode, else the first administrator. */
@ApplicationScoped
@Transactional
public class InitialAccounts {

    static final String DEMO_PASSWORD = "demo";
    static final List<String> CITIES = List.of("london", "milan", "lisbon", "bordeaux", "burgas", "warsaw");

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityAudit audit;

    /** Street lighting's demo contractors: account → organisation. */
    private static final Map<String, String> LIGHTING_CONTRACTORS = new java.util.TreeMap<>(Map.of(
            "london.contractor", "lumen-services", "london.contractor2", "brightway-maintenance", "milan.contractor", "luce-manutenzioni",
            "lisbon.contractor", "luz-manutencao", "bordeaux.contractor", "eclairage-service", "burgas.contractor", "svetlina-servis",
            "warsaw.contractor", "swiatlo-serwis"));

    /**
     * The hash of the demo password, made once per start: the password is public, so a salt per demo
     * account protects nothing, and forty PBKDF2 hashes held up every first demo start by about 11 s.
     */
    private String demoPasswordHash;

    void ensureDemoAccounts() {
        ensureDemo("consortium.admin", "Consortium administrator", null, Role.CONSORTIUM_ADMIN);
        for (String city : CITIES) {
            ensureDemo(city + ".admin", "Demo city administrator", city, Role.CITY_ADMIN);
            ensureDemo(city + ".operator", "Demo operator", city, Role.OPERATOR);
            ensureDemo(city + ".viewer", "Demo viewer", city, Role.VIEWER);
            ensureDemo(city + ".scada", "Demo SCADA client", city, Role.SCADA);
            // a SCADA console that may also write setpoints: the SCADA role and an operator's
            ensureDemo(city + ".scada-operator", "Demo SCADA operator", city, Role.SCADA);
            ensureDemo(city + ".scada-operator", "Demo SCADA operator", city, Role.OPERATOR);
        }
        // two energy service companies working on Milan's condominiums, each seeing only its own
        ensureDemo("milan.esco", "Demo ESCo partner (Energia Condivisa)", "milan", Role.PARTNER, "energia-condivisa");
        ensureDemo("milan.esco2", "Demo ESCo partner (Calore Verde)", "milan", Role.PARTNER, "calore-verde");
        // street lighting's maintenance contractors, each seeing only the work orders assigned to it; London has two
        LIGHTING_CONTRACTORS.forEach((account, organisation) -> ensureDemo(account, "Demo maintenance contractor (" + organisation + ")",
                account.substring(0, account.indexOf('.')), Role.PARTNER, organisation));
    }

    private void ensureDemo(String username, String displayName, String city, Role role) {
        ensureDemo(username, displayName, city, role, "");
    }

    private void ensureDemo(String username, String displayName, String city, Role role, String organisation) {
        UserAccount account = accounts.find(username).orElse(null);
        if (account != null && account.isDemo() && city != null && !account.grants().contains(CityGrant.in(city, role))) {
            account.grant(CityGrant.in(city, role));
            audit.record(city, "user.granted", "user/" + username, null, role.groupName() + " (demo)");
        }
        if (account == null) {
            if (demoPasswordHash == null) {
                demoPasswordHash = hasher.hash(DEMO_PASSWORD);
            }
            account = new UserAccount(new Username(username), displayName, demoPasswordHash, true);
            account.assignOrganisation(organisation);
            account.grant(city == null ? CityGrant.consortiumAdmin() : CityGrant.in(city, role));
            em.persist(account);
            audit.record(city, "user.created", "user/" + username, null, role.groupName() + " (demo)");
        } else if (account.isDemo()) {
            account.enable();
        }
    }

    void disableDemoAccounts() {
        em.createQuery("select u from UserAccount u where u.demo = true and u.enabled = true", UserAccount.class)
                .getResultList()
                .forEach(account -> {
                    account.disable();
                    audit.record(null, "user.disabled", "user/" + account.username(), "enabled", "disabled: demo accounts exist only in demo mode");
                });
    }

    boolean anyAdministrator() {
        return !em.createNativeQuery("""
                        select 1 from city_grant g join user_account u on u.id = g.user_id
                        where u.enabled and not u.demo and g.role in ('CONSORTIUM_ADMIN', 'CITY_ADMIN') limit 1""")
                .getResultList().isEmpty();
    }

    void createConsortiumAdmin(String username, String password) {
        UserAccount account = new UserAccount(new Username(username), "Administrator", hasher.hash(password), false);
        account.grant(CityGrant.consortiumAdmin());
        account.requirePasswordChange(); // PLATFORM_ADMIN_PASSWORD is in the deployment's environment: rotated at first sign-in
        em.persist(account);
        audit.record(null, "user.created", "user/" + username, null, "consortium-admin (first administrator)");
    }
}

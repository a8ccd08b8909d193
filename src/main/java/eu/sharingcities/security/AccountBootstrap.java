package eu.sharingcities.security;

import eu.sharingcities.database.PlatformStartupException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * At start-up, after the migrations: in demo mode the demo accounts exist (password {@code demo});
 * outside it they are disabled, and a platform without any administrator refuses to start until
 * PLATFORM_ADMIN_PASSWORD gives the first one a strong password.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountBootstrap {

    @Inject
    @ConfigProperty(name = "platform.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "platform.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "platform.admin.password")
    Optional<String> adminPassword;

    @Inject
    InitialAccounts initialAccounts;

    @Inject
    @ConfigProperty(name = "db.url", defaultValue = "")
    String databaseUrl;

    @PostConstruct
    void prepare() {
        CurrentUser.runAsSystem(() -> {
            if (demo) {
                requireLocalDatabase();
                initialAccounts.ensureDemoAccounts();
            } else {
                initialAccounts.disableDemoAccounts();
                if (!initialAccounts.anyAdministrator()) {
                    createFirstAdministrator();
                }
            }
            return null;
        });
    }

    /** Demo accounts have the password 'demo': never on a database other machines use. */
    private void requireLocalDatabase() {
        String host = databaseUrl.replaceFirst("^jdbc:postgresql://", "").replaceFirst("[:/].*$", "");
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
            throw new PlatformStartupException("PLATFORM_DEMO=true is refused with the database at " + host + ": demo mode creates accounts "
                    + "with the password 'demo' and is only for the embedded database on this machine. Unset PLATFORM_DEMO and set "
                    + "PLATFORM_ADMIN_PASSWORD for the first administrator.");
        }
    }

    private void createFirstAdministrator() {
        String password = adminPassword.filter(p -> !p.isBlank()).orElseThrow(() -> new PlatformStartupException(
                "No administrator exists yet. Set PLATFORM_ADMIN_PASSWORD (at least " + PasswordRules.MIN_LENGTH
                        + " characters; optionally PLATFORM_ADMIN_USERNAME, default 'admin') and start again, "
                        + "or set PLATFORM_DEMO=true for the demo accounts."));
        try {
            initialAccounts.createConsortiumAdmin(adminUsername, PasswordRules.requireStrong(password, adminUsername));
        } catch (IllegalArgumentException e) {
            throw new PlatformStartupException("PLATFORM_ADMIN_PASSWORD is refused: " + e.getMessage() + " Set a stronger one and start again.");
        }
    }
}

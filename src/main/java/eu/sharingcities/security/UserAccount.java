package eu.sharingcities.security;

import eu.sharingcities.text.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person (or a system) who signs in. Holds a PBKDF2 hash, never the password. Wrong passwords do
 * not lock it: {@link SignInThrottle} slows down whoever makes them instead.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private String language;
    /** The partner organisation (an ESCo) a partner works for; empty for municipal staff. */
    private String organisation = "";
    private boolean enabled = true;
    private boolean demo;

    /** Set when someone else chose the password (an administrator, the bootstrap); cleared by the owner's change. */
    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "city_grant", joinColumns = @JoinColumn(name = "user_id"))
    private Set<CityGrant> grants = new HashSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(Username username, String displayName, String passwordHash, boolean demo) {
        this.username = Objects.requireNonNull(username, "A username is required.").value();
        this.displayName = requireText(displayName, "users.refused.displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "a password hash");
        this.demo = demo;
    }

    /** The owner's own new password: no longer one someone else knows. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "a password hash");
        this.mustChangePassword = false;
    }

    /** The password was chosen by someone else: its owner must replace it at the next sign-in. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public void grant(CityGrant grant) {
        grants.add(grant);
    }

    public void revoke(CityGrant grant) {
        grants.remove(grant);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String language() {
        return language;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant lastSignIn() {
        return lastSignIn;
    }

    public String organisation() {
        return organisation == null ? "" : organisation;
    }

    public void assignOrganisation(String organisation) {
        this.organisation = organisation == null ? "" : organisation.trim();
    }

    public Set<CityGrant> grants() {
        return Set.copyOf(grants);
    }

    private static String requireText(String value, String refusal) {
        if (value == null || value.isBlank()) {
            throw new Refusal(refusal);

        }
        return value;
    }
}

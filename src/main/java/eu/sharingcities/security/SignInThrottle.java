package eu.sharingcities.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing by source address and by (source, account), with waits that double
 * (OWASP Authentication Cheat Sheet, "Login Throttling"). While a wait runs, attempts are refused
 * before the password is hashed, so a guesser costs no CPU either. The account itself is never
 * locked: a guesser cannot shut its owner out. Kept in memory per node; a restart forgets it.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Beyond this many remembered keys the oldest are forgotten, so a flood cannot exhaust memory. */
    static final int MAX_KEYS = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();
    ThrottlePolicy policy = ThrottlePolicy.DEFAULT;

    /** The first wait, in seconds (PLATFORM_SIGN_IN_FIRST_DELAY_SECONDS); each next one doubles it. */
    @Inject
    @ConfigProperty(name = "platform.sign-in.first-delay-seconds", defaultValue = "1")
    long firstDelaySeconds;

    @PostConstruct
    void configure() {
        ThrottlePolicy d = ThrottlePolicy.DEFAULT;
        policy = new ThrottlePolicy(d.freePerAccount(), d.freePerSource(), Duration.ofSeconds(firstDelaySeconds),
                d.maxDelay(), d.forgetAfter());
    }

    private record Failures(int count, Instant last, Instant notBefore) {
    }

    /** How long this source must still wait before it may try this account, if at all. */
    public Optional<Duration> waitFor(String source, String username) {
        Instant now = clock.instant();
        Instant notBefore = later(notBefore(sourceKey(source), now), notBefore(pairKey(source, username), now));
        return notBefore.isAfter(now) ? Optional.of(Duration.between(now, notBefore)) : Optional.empty();
    }

    /** Counts a wrong password; returns true when it started a wait for this source and account. */
    public boolean failed(String source, String username) {
        Instant now = clock.instant();
        boolean before = waitFor(source, username).isPresent();
        count(sourceKey(source), policy.freePerSource(), now);
        count(pairKey(source, username), policy.freePerAccount(), now);
        if (failures.size() > MAX_KEYS) {
            forgetOldest();
        }
        return !before && waitFor(source, username).isPresent();
    }

    /** The right password from this source: its guesses at this account are forgiven. */
    public void succeeded(String source, String username) {
        failures.remove(pairKey(source, username));
    }

    /** An administrator lets the account be tried again from everywhere at once. */
    public void forgive(String username) {
        failures.keySet().removeIf(key -> key.startsWith("account:") && key.endsWith("|" + username));
    }

    /** True when some source must wait before trying this account again. */
    public boolean isSlowed(String username) {
        Instant now = clock.instant();
        return failures.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("account:") && e.getKey().endsWith("|" + username) && e.getValue().notBefore().isAfter(now));
    }

    private void count(String key, int free, Instant now) {
        failures.compute(key, (k, old) -> {
            int count = old == null || isForgotten(old, now) ? 1 : old.count() + 1;
            return new Failures(count, now, now.plus(policy.delayAfter(count, free)));
        });
    }

    private Instant notBefore(String key, Instant now) {
        Failures entry = failures.get(key);
        return entry == null || isForgotten(entry, now) ? Instant.MIN : entry.notBefore();
    }

    private boolean isForgotten(Failures entry, Instant now) {
        return entry.last().plus(policy.forgetAfter()).isBefore(now) && !entry.notBefore().isAfter(now);
    }

    private void forgetOldest() {
        Instant now = clock.instant();
        failures.values().removeIf(entry -> isForgotten(entry, now));
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().last()))
                    .limit(failures.size() - MAX_KEYS * 9L / 10).map(Map.Entry::getKey).toList()
                    .forEach(failures::remove);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String sourceKey(String source) {
        return "source:" + source;
    }

    private static String pairKey(String source, String username) {
        return "account:" + source + "|" + username;
    }
}

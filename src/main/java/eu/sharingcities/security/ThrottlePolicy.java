package eu.sharingcities.security;

import java.time.Duration;

/**
 * How failed sign-ins slow down whoever makes them. Each source address may get a password wrong
 * {@code freePerAccount} times for one account and {@code freePerSource} times over all accounts;
 * after that every further failure doubles the wait before the next attempt, from
 * {@code firstDelay} up to {@code maxDelay}. A key with no failure for {@code forgetAfter} starts
 * afresh. Accounts are never locked: the owner signing in from elsewhere is not slowed.
 */
public record ThrottlePolicy(int freePerAccount, int freePerSource, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    public static final ThrottlePolicy DEFAULT = new ThrottlePolicy(5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

    public ThrottlePolicy {
        if (freePerAccount < 1 || freePerSource < freePerAccount) {
            throw new IllegalArgumentException("freePerAccount must be at least 1 and freePerSource at least freePerAccount");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("firstDelay must be positive and no longer than maxDelay");
        }
    }

    /** The wait after the {@code failures}-th failure when {@code free} are allowed without one. */
    Duration delayAfter(int failures, int free) {
        int over = failures - free;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(over - 1, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}

package eu.sharingcities.security;

import java.time.Instant;
import java.util.Set;

/** A user as the administration view lists them. */
public record UserSummary(String username, String displayName, boolean enabled, boolean slowedDown, Instant lastSignIn,
                          Set<CityGrant> grants) {
}

package eu.sharingcities.security;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is signed in and what they hold in which city; what the portal and the services decide on.
 * {@code mustChangePassword}: someone else chose the password; until its owner replaces it the
 * portal shows only the change form and REST only {@code /api/me}.
 */
public record SignedInUser(String username, String displayName, String language, Set<CityGrant> grants, String organisation,
                           boolean mustChangePassword) {

    public SignedInUser {
        grants = Set.copyOf(grants);
        organisation = organisation == null ? "" : organisation;
    }

    public SignedInUser(String username, String displayName, String language, Set<CityGrant> grants, String organisation) {
        this(username, displayName, language, grants, organisation, false);
    }

    public SignedInUser(String username, String displayName, String language, Set<CityGrant> grants) {
        this(username, displayName, language, grants, "");
    }

    public boolean isConsortiumAdmin() {
        return grants.stream().anyMatch(g -> g.role() == Role.CONSORTIUM_ADMIN);
    }

    /** The strongest municipal role this user holds in the city, if any. */
    public Optional<Role> roleIn(String cityCode) {
        if (isConsortiumAdmin()) {
            return Optional.of(Role.CONSORTIUM_ADMIN);
        }
        return grants.stream()
                .filter(g -> cityCode.equals(g.cityCode()) && g.role().includes(Role.VIEWER)) // partner, citizen, scada rank apart
                .map(CityGrant::role)
                .max(Comparator.comparingInt(Role::ordinal));
    }

    public boolean may(Role required, String cityCode) {
        return roleIn(cityCode).map(role -> role.includes(required)).orElse(false);
    }

    public boolean canSee(String cityCode) {
        return may(Role.VIEWER, cityCode);
    }

    /**
     * The cities whose data this user may read (a municipal role, viewer or above), or empty when
     * they may read all. A citizen, SCADA or partner grant opens no city's data by itself.
     */
    public Optional<List<String>> cityCodes() {
        if (isConsortiumAdmin()) {
            return Optional.empty();
        }
        return Optional.of(grants.stream().filter(g -> g.role().includes(Role.VIEWER)).map(CityGrant::cityCode).distinct().sorted().toList());
    }

    /** The value of PostgreSQL's {@code platform.cities} for this user's transactions. */
    public String scopeSetting() {
        return cityCodes().map(codes -> String.join(",", codes)).orElse("*");
    }

    /**
     * The value of PostgreSQL's {@code platform.partner_cities}: the cities where this user is a
     * partner and nothing more, so sees there only what is assigned to their organisation.
     */
    public String partnerCitiesSetting() {
        return grants.stream().filter(g -> g.role() == Role.PARTNER && !canSee(g.cityCode())).map(CityGrant::cityCode)
                .distinct().sorted().collect(Collectors.joining(","));
    }

    public boolean isPartnerIn(String cityCode) {
        return grants.stream().anyMatch(g -> g.role() == Role.PARTNER && cityCode.equals(g.cityCode()));
    }

    /** True when the user is a project partner (an ESCo) and holds no municipal role anywhere. */
    public boolean isPartnerOnly() {
        return grants.stream().anyMatch(g -> g.role() == Role.PARTNER)
                && grants.stream().noneMatch(g -> g.role().includes(Role.VIEWER));
    }

    /**
     * The value of PostgreSQL's {@code platform.partner}: the organisation whose assignments a
     * partner sees in their partner cities ("-", matching nothing, for a partner without one).
     */
    public String partnerSetting() {
        return organisation.isBlank() ? "-" : organisation;
    }

    public Set<String> groups() {
        return grants.stream().map(g -> g.role().groupName()).collect(Collectors.toSet());
    }
}

package eu.sharingcities.scada;

import eu.sharingcities.security.CityGrant;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SignedInUser;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.DefaultUsernameIdentity;


import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A SCADA client signed in with a platform account: the cities whose points it may browse and read
 * (it holds the SCADA role there), and those where it may also write (SCADA and an operator's role:
 * "operator-level SCADA", docs/scada.md).
 */
final class ScadaUser extends DefaultUsernameIdentity {

    private final Set<String> cities;
    private final Set<String> writableCities;

    private ScadaUser(String username, Set<String> cities, Set<String> writableCities) {
        super(username);
        this.cities = Set.copyOf(cities);
        this.writableCities = Set.copyOf(writableCities);
    }

    /**
     * The account as a SCADA client from an application the cities {@code trusting} trust (empty:
     * every city), or null when it holds the SCADA role in none of them.
     */
    static ScadaUser of(SignedInUser user, Optional<Set<String>> trusting) {
        Set<String> cities = new TreeSet<>();
        for (CityGrant grant : user.grants()) {
            if (grant.role() == Role.SCADA && trusting.map(t -> t.contains(grant.cityCode())).orElse(true)) {

                cities.add(grant.cityCode());
            }
        }
        Set<String> writable = new TreeSet<>();
        cities.stream().filter(city -> user.may(Role.OPERATOR, city)).forEach(writable::add);
        return cities.isEmpty() ? null : new ScadaUser(user.username(), cities, writable);
    }

    /** The account a session signed in with ("?" for a session without one, which the server does not let in). */
    static String nameOf(Session session) {
        return session.getIdentity() instanceof ScadaUser user ? user.getUsername() : "?";
    }

    Set<String> cities() {
        return cities;
    }

    Set<String> writableCities() {
        return writableCities;
    }
}

package eu.sharingcities.scada;

import eu.sharingcities.security.CityGrant;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SignedInUser;
import org.eclipse.milo.opcua.sdk.server.identity.DefaultUsernameIdentity;

import java.util.Set;
import java.util.TreeSet;

/** A SCADA client signed in with a platform account: the cities whose points it may browse and read. */
final class ScadaUser extends DefaultUsernameIdentity {

    private final Set<String> cities;

    private ScadaUser(String username, Set<String> cities) {
        super(username);
        this.cities = Set.copyOf(cities);
    }

    /** The account as a SCADA client, or null when it holds the SCADA role in no city. */
    static ScadaUser of(SignedInUser user) {
        Set<String> cities = new TreeSet<>();
        for (CityGrant grant : user.grants()) {
            if (grant.role() == Role.SCADA) {
                cities.add(grant.cityCode());
            }
        }
        return cities.isEmpty() ? null : new ScadaUser(user.username(), cities);
    }

    Set<String> cities() {
        return cities;
    }
}

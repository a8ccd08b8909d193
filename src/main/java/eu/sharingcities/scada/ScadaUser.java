package eu.sharingcities.scada;

import eu.sharingcities.security.CityGrant;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SignedInUser;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.DefaultUsernameIdentity;
import org.eclipse.milo.opcua.sdk.server.identity.DefaultX509UserIdentity;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A SCADA client signed in with a platform account: the cities whose points it may browse and read
 * (it holds the SCADA role there), and those where it may also write (SCADA and an operator's role:
 * "operator-level SCADA", docs/scada.md). A session's identity carries it, whether the account
 * signed in with its password or with its user certificate.
 */
record ScadaUser(String username, Set<String> cities, Set<String> writableCities) {

    /** A session's identity that is a platform account. */
    interface Signed {
        ScadaUser user();
    }

    /** Signed in with username and password. */
    static final class ByPassword extends DefaultUsernameIdentity implements Signed {

        private final ScadaUser user;

        ByPassword(ScadaUser user) {
            super(user.username());
            this.user = user;
        }

        @Override
        public ScadaUser user() {
            return user;
        }
    }

    /** Signed in with an X509 user certificate that names the account. */
    static final class ByCertificate extends DefaultX509UserIdentity implements Signed {

        private final ScadaUser user;

        ByCertificate(X509Certificate certificate, ScadaUser user) {
            super(certificate);
            this.user = user;
        }

        @Override
        public ScadaUser user() {
            return user;
        }
    }

    ScadaUser {
        cities = Set.copyOf(cities);
        writableCities = Set.copyOf(writableCities);
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

    static Optional<ScadaUser> of(Identity identity) {
        return identity instanceof Signed signed ? Optional.of(signed.user()) : Optional.empty();
    }

    /** The account a session signed in with ("?" for a session without one, which the server does not let in). */
    static String nameOf(Session session) {
        return of(session.getIdentity()).map(ScadaUser::username).orElse("?");
    }
}

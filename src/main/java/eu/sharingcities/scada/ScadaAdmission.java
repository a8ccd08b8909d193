package eu.sharingcities.scada;

import eu.sharingcities.security.SignedInUser;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;

import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * What an account signed in over OPC UA (by password or user certificate) may do: the SCADA cities
 * of the account that trust the client application, at most so many sessions per account.
 */
final class ScadaAdmission {

    private static final Logger LOG = Logger.getLogger(ScadaAdmission.class.getName());

    private final Function<X509Certificate, Optional<Set<String>>> citiesTrusting;
    private final Consumer<X509Certificate> waitForACityAdmin;
    private final int maxSessionsPerUser;

    /**
     * {@code citiesTrusting} says which cities trust a client application (empty: every city, trusted
     * by the operators' hands); an application refused because none of the account's cities trusts it
     * goes to {@code waitForACityAdmin}, where a city admin sees it.
     */
    ScadaAdmission(Function<X509Certificate, Optional<Set<String>>> citiesTrusting, Consumer<X509Certificate> waitForACityAdmin,
                   int maxSessionsPerUser) {
        this.citiesTrusting = citiesTrusting;
        this.waitForACityAdmin = waitForACityAdmin;
        this.maxSessionsPerUser = maxSessionsPerUser;
    }

    /** Where a sign-in comes from, for the throttle and the audit: {@code opcua:<client address>}. */
    static String source(Session session) {
        InetAddress address = session.getClientAddress();
        return "opcua:" + (address == null ? "unknown" : address.getHostAddress());
    }

    /** The signed-in account as a SCADA client of this session, or null when it may serve no city from this application. */
    ScadaUser admit(Session session, SignedInUser signedIn) {
        X509Certificate client = session.getSecurityConfiguration().getClientCertificate();
        Optional<Set<String>> trusting = client == null ? Optional.of(Set.of()) : citiesTrusting.apply(client);
        ScadaUser user = ScadaUser.of(signedIn, trusting);
        if (user == null && ScadaUser.of(signedIn, Optional.empty()) != null) {
            LOG.info(() -> signedIn.username() + " signed in over OPC UA from an application none of their cities trusts: refused, and the"
                    + " application waits for a city admin");
            if (client != null) {
                waitForACityAdmin.accept(client);
            }
        } else if (user == null) {
            LOG.info(() -> signedIn.username() + " signed in over OPC UA without the SCADA role in any city: refused");
        }
        return user;
    }

    /** One account holds at most {@code maxSessionsPerUser} sessions: a client that leaks them does not exhaust the server. */
    void requireSessionLeft(Session session, String username) throws UaException {
        long others = session.getServer().getSessionManager().getAllSessions().stream()
                .filter(s -> s != session && ScadaUser.of(s.getIdentity()).map(ScadaUser::username).filter(username::equals).isPresent())
                .count();
        if (others >= maxSessionsPerUser) {
            LOG.info(() -> username + " has " + others + " OPC UA sessions already: refused another");
            throw new UaException(StatusCodes.Bad_TooManySessions, username + " has " + maxSessionsPerUser + " sessions already; close one first");
        }
    }
}

package eu.sharingcities.scada;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SCADA server's client applications: the trust list and the rejected folder below
 * {@code <pki>/scada}, and which cities trust each application ({@code scada_client_trust}, decided
 * by city admins through {@link ScadaClients}).
 */
final class ScadaClientTrust {

    private static final Logger LOG = Logger.getLogger(ScadaClientTrust.class.getName());

    private final FileBasedTrustListManager trusted;
    private final FileBasedCertificateQuarantine rejected;
    private final Callable<Connection> database;

    ScadaClientTrust(Path scadaPki, Callable<Connection> database) throws IOException {
        this.trusted = FileBasedTrustListManager.createAndInitialize(scadaPki.resolve("trust"));
        this.rejected = FileBasedCertificateQuarantine.create(scadaPki.resolve("rejected"));
        this.database = database;
    }

    FileBasedTrustListManager trusted() {
        return trusted;
    }

    FileBasedCertificateQuarantine rejected() {
        return rejected;
    }

    /** The client certificates the server refused, waiting for a city admin's decision. */
    List<X509Certificate> waiting() {
        return rejected.getRejectedCertificates();
    }

    /**
     * The cities whose administrators trust the client application, or empty when none ever
     * decided: a certificate the operators put in the trust folder by hand serves every city.
     */
    Optional<Set<String>> citiesTrusting(String thumbprint) {
        try (Connection db = database.call();
             PreparedStatement st = db.prepareStatement("select city_code, revoked_at is null from scada_client_trust where thumbprint = ?")) {
            st.setString(1, thumbprint);
            Set<String> cities = new HashSet<>();
            boolean decided = false;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    decided = true;
                    if (rs.getBoolean(2)) {
                        cities.add(rs.getString(1));
                    }
                }
            }
            return decided ? Optional.of(cities) : Optional.empty();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the SCADA server could not read which cities trust a client: " + e.getMessage(), e);
            return Optional.of(Set.of()); // fails closed: no city
        }
    }

    /**
     * A city admin's committed decision: a trusted certificate joins the trust list; a revoked one
     * leaves it unless another city still trusts it, and the sessions it holds close (they may serve
     * the city that revoked it).
     */
    void changed(ScadaClients.ClientTrustChanged change, OpcUaServer server) {
        if (change.trusted()) {
            trusted.addTrustedCertificate(change.certificate());
            rejected.removeRejectedCertificate(change.certificate());
            return;
        }
        if (citiesTrusting(change.thumbprint()).map(Set::isEmpty).orElse(false)) { // no city trusts it any more
            trusted.removeTrustedCertificate(ByteString.of(HexFormat.of().parseHex(change.thumbprint())));
        }
        for (Session session : server.getSessionManager().getAllSessions()) {
            X509Certificate client = session.getSecurityConfiguration().getClientCertificate();
            if (client != null && ClientCertificate.thumbprint(client).equals(change.thumbprint())) {
                LOG.info(() -> "SCADA session of " + ScadaUser.nameOf(session) + " closed: " + change.city() + " revoked its application's trust");
                server.getSessionManager().killSession(session.getSessionId(), true);
            }
        }
    }
}

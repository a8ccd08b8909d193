package eu.sharingcities.scada;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.cert.X509Certificate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which SCADA client applications serve a city, decided by its administrators: the certificates
 * the server refused (waiting), trusting one for the city, revoking it. The trust is the city's
 * ({@code scada_client_trust}); the server's trust list follows once the decision is committed
 * ({@link ScadaServer#clientTrustChanged}).
 */
@ApplicationScoped
@Transactional
@CityScoped
public class ScadaClients {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    ScadaServer server;

    @Inject
    Event<ClientTrustChanged> trustChanged;

    /** A city's decision about a client certificate, for the server's trust list once committed. */
    public record ClientTrustChanged(String city, X509Certificate certificate, String thumbprint, boolean trusted) {
    }

    /**
     * The certificates the server refused and no decision of this city let in: applications that
     * asked to connect (whatever city their users serve: the server cannot know before one signs in).
     */
    public List<ClientCertificate> waiting(String city) {
        currentUser.require(Role.CITY_ADMIN, city);
        Set<String> trusted = trusted(city).stream().map(ClientCertificate::thumbprint).collect(Collectors.toSet());
        return server.rejectedClients().stream().map(ClientCertificate::waiting).filter(c -> !trusted.contains(c.thumbprint())).toList();
    }

    /** The applications trusted for the city, newest first. */
    public List<ClientCertificate> trusted(String city) {
        currentUser.require(Role.CITY_ADMIN, city);
        return TransactionJdbc.run(em, db -> {
            List<ClientCertificate> trusted = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("""
                    select thumbprint, subject, application_uri, certificate, trusted_by, trusted_at from scada_client_trust
                    where city_code = ? and revoked_at is null order by trusted_at desc""")) {
                st.setString(1, city);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        X509Certificate certificate = ClientCertificate.decode(rs.getBytes(4));
                        trusted.add(new ClientCertificate(rs.getString(1), rs.getString(2), rs.getString(3), certificate.getNotAfter().toInstant(),
                                rs.getString(5), rs.getTimestamp(6).toInstant()));
                    }
                }
            }
            return trusted;
        });
    }

    /** Trusts a waiting certificate for the city: the application may then serve the city's SCADA accounts. */
    public void trust(String city, String thumbprint) {
        currentUser.require(Role.CITY_ADMIN, city);
        X509Certificate certificate = server.rejectedClients().stream().filter(c -> ClientCertificate.thumbprint(c).equals(thumbprint)).findFirst()
                .orElseThrow(() -> new Refusal("scada.clients.refused.notWaiting", thumbprint));
        ClientCertificate trusted = ClientCertificate.waiting(certificate);
        TransactionJdbc.run(em, db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    insert into scada_client_trust (city_code, thumbprint, subject, application_uri, certificate, trusted_by, trusted_at)
                    select ?, ?, ?, ?, ?, ?, ? where not exists
                        (select 1 from scada_client_trust where city_code = ? and thumbprint = ? and revoked_at is null)""")) {
                st.setString(1, city);
                st.setString(2, thumbprint);
                st.setString(3, trusted.subject());
                st.setString(4, trusted.applicationUri());
                st.setBytes(5, ClientCertificate.der(certificate));
                st.setString(6, currentUser.username());
                st.setTimestamp(7, Timestamp.from(Instant.now()));
                st.setString(8, city);
                st.setString(9, thumbprint);
                st.executeUpdate();
            }
            return null;
        });
        audit.record(city, "scada.client.trusted", "certificate/" + thumbprint, null, trusted.subject() + " " + trusted.applicationUri());
        trustChanged.fire(new ClientTrustChanged(city, certificate, thumbprint, true));
    }

    /** Revokes the city's trust: the application's sessions close, and it no longer connects unless another city trusts it. */
    public void revoke(String city, String thumbprint) {
        currentUser.require(Role.CITY_ADMIN, city);
        int revoked = TransactionJdbc.run(em, db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    update scada_client_trust set revoked_by = ?, revoked_at = ? where city_code = ? and thumbprint = ? and revoked_at is null""")) {
                st.setString(1, currentUser.username());
                st.setTimestamp(2, Timestamp.from(Instant.now()));
                st.setString(3, city);
                st.setString(4, thumbprint);
                return st.executeUpdate();
            }
        });
        if (revoked == 0) {
            throw new Refusal("scada.clients.refused.notTrusted", thumbprint);
        }
        audit.record(city, "scada.client.revoked", "certificate/" + thumbprint, null, null);
        trustChanged.fire(new ClientTrustChanged(city, null, thumbprint, false));
    }
}

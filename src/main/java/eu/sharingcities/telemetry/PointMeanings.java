package eu.sharingcities.telemetry;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * What a point is (its asset and role), set by a city admin for a point whose configuration file
 * leaves both out, as a foreign controller's export often does. The file stays the authority: a
 * point whose file states an asset or role is changed there, and a reload keeps what was set here
 * until the file states one itself (docs/adr/0005-point-roles.md).
 */
@ApplicationScoped
@Transactional
@CityScoped
public class PointMeanings {

    static final int MAX_ASSET_LENGTH = 200;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** Sets the point's asset and role ({@code role} blank: none); audited with what they were. */
    public void assign(String city, String code, String asset, String role) {
        currentUser.require(Role.CITY_ADMIN, city);
        List<Object[]> rows = em.createNativeQuery("select asset, role, meaning_from_portal from point where city_code = ?1 and code = ?2 and active")
                .setParameter(1, city).setParameter(2, code).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("No point " + code + " in " + city + ".");
        }
        String beforeAsset = (String) rows.get(0)[0];
        String beforeRole = (String) rows.get(0)[1];
        if (!(Boolean) rows.get(0)[2] && (!beforeAsset.isEmpty() || beforeRole != null)) {
            throw new Refusal("points.meaning.fromFile", code, city);
        }
        String newAsset = asset == null ? "" : asset.trim();
        if (newAsset.length() > MAX_ASSET_LENGTH) {
            throw new Refusal("points.meaning.assetLength", MAX_ASSET_LENGTH);
        }
        String newRole = role == null || role.isBlank() ? null
                : PointRole.of(role.trim()).orElseThrow(() -> new Refusal("points.meaning.role", role.trim(), PointRole.known())).written();
        em.createNativeQuery("update point set asset = ?1, role = ?2, meaning_from_portal = ?3 where city_code = ?4 and code = ?5")
                .setParameter(1, newAsset).setParameter(2, newRole).setParameter(3, !newAsset.isEmpty() || newRole != null)
                .setParameter(4, city).setParameter(5, code).executeUpdate();
        audit.record(city, "point.meaning", "point/" + code, meaning(beforeAsset, beforeRole), meaning(newAsset, newRole));
    }

    private static String meaning(String asset, String role) {
        return "asset " + (asset.isEmpty() ? "—" : asset) + ", role " + (role == null ? "—" : role);
    }
}

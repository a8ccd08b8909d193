package eu.sharingcities.audit;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SecurityAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records and reads the audit log. Writes join the caller's transaction, so an audited change and
 * its entry commit or roll back together.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class AuditLog implements SecurityAudit {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    DirectConnections database;

    @Override
    public void record(String cityCode, String action, String target, String before, String after) {
        recordAs(CurrentUser.isSystem() ? "system" : currentUser.username(), cityCode, action, target, before, after);
    }

    /** An entry in the name of who asked for it when that is not the signed-in user (a SCADA client over OPC UA). */
    public void recordAs(String actor, String cityCode, String action, String target, String before, String after) {
        em.persist(new AuditEntry(Instant.now(), actor, cityCode, action, target, before, after));
    }

    /**
     * A partner's own step (a contractor starting its work order): a partner may not write the city's
     * audit log under row-level security, so the entry goes on the platform's own connection, in its
     * own transaction — callers record it after their step is done.
     */
    public void recordForPartner(String cityCode, String action, String target, String before, String after) {
        try (Connection db = database.open(); PreparedStatement st = db.prepareStatement("""
                insert into audit_entry (at, actor, city_code, action, target, before_state, after_state) values (now(), ?, ?, ?, ?, ?, ?)""")) {
            st.setString(1, currentUser.username());
            st.setString(2, cityCode);
            st.setString(3, action);
            st.setString(4, target);
            st.setString(5, before);
            st.setString(6, after);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit entry " + action + " could not be written: " + e.getMessage(), e);
        }
    }

    /** The newest entries of a city, for its admins; consortium admins may pass null for all. */
    public List<AuditRecord> latest(String cityCode, int limit) {
        if (cityCode == null) {
            currentUser.require(Role.CONSORTIUM_ADMIN, "*");
        } else {
            currentUser.require(Role.CITY_ADMIN, cityCode);
        }
        String where = cityCode == null ? "" : " where e.cityCode = :city";
        var query = em.createQuery("select e from AuditEntry e" + where + " order by e.at desc, e.id desc", AuditEntry.class)
                .setMaxResults(limit);
        if (cityCode != null) {
            query.setParameter("city", cityCode);
        }
        return query.getResultList().stream().map(AuditEntry::toRecord).toList();
    }

    public long countLastDay(String cityCode) {
        currentUser.require(Role.VIEWER, cityCode);
        return ((Number) em.createNativeQuery("select count(*) from audit_entry where city_code = ?1 and at > now() - interval '1 day'")
                .setParameter(1, cityCode).getSingleResult()).longValue();
    }

    /** Entries per local day over the last {@code days} days, oldest first; days without entries count 0. */
    public Map<LocalDate, Long> activityPerDay(String cityCode, ZoneId zone, int days) {
        currentUser.require(Role.VIEWER, cityCode);
        LocalDate today = LocalDate.now(zone);
        Instant from = today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
        List<Object[]> rows = em.createNativeQuery("""
                        select (at at time zone ?1)::date as day, count(*) from audit_entry
                        where city_code = ?2 and at >= ?3 group by 1""")
                .setParameter(1, zone.getId()).setParameter(2, cityCode).setParameter(3, from)
                .getResultList();
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        for (int i = days - 1; i >= 0; i--) {
            perDay.put(today.minusDays(i), 0L);
        }
        for (Object[] row : rows) {
            perDay.put(row[0] instanceof LocalDate day ? day : ((java.sql.Date) row[0]).toLocalDate(), ((Number) row[1]).longValue());
        }
        return perDay;
    }
}

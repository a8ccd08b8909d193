package eu.sharingcities.lighting.schedule;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
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

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Manual overrides: an operator holds a lamppost or a group at a level for a while (roadworks, an
 * event, a police request) with a reason; the schedule resumes when it expires or is ended. A lamp's
 * own override wins over its group's. Bounded to a week: a forgotten override cannot hold for ever.
 * Audited when set and when ended.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class LightingOverrides {

    static final Duration LONGEST = Duration.ofDays(7);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    public List<LightingOverride> current(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> OverrideData.current(db, city));
    }

    public long set(String city, LightingOverride.Target target, String code, Integer level, Integer minutes, String reason) {
        currentUser.require(Role.OPERATOR, city);
        if (target == null) {
            throw new Refusal("override.refused.target");
        }
        if (level == null || level < 0 || level > 100) {
            throw new Refusal("override.refused.level", String.valueOf(level));
        }
        if (minutes == null || minutes < 1 || minutes > LONGEST.toMinutes()) {
            throw new Refusal("override.refused.minutes", String.valueOf(minutes), LONGEST.toMinutes());
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new Refusal("override.refused.reason");
        }
        Instant until = Instant.now().plus(Duration.ofMinutes(minutes));
        String by = currentUser.username();
        long id = jdbc(db -> OverrideData.insert(db, city, target, code == null ? "" : code.trim(), level, until, reason.trim(), by))
                .orElseThrow(() -> new NotFound(city + " has no " + (target == LightingOverride.Target.LAMP ? "lamppost" : "lighting group") + " '" + code + "'."));
        audit.record(city, "lighting.override.set", "lighting/" + target.written() + "/" + code, null,
                level + " % until " + until + " (" + reason.trim() + ")");
        return id;
    }

    public void end(String city, long id) {
        currentUser.require(Role.OPERATOR, city);
        LightingOverride ended = current(city).stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("No override " + id + " in force in " + city + "."));
        jdbc(db -> OverrideData.end(db, city, id, currentUser.username()));
        audit.record(city, "lighting.override.ended", "lighting/" + ended.target().written() + "/" + ended.code(),
                ended.level() + " % until " + ended.until(), "ended");
    }

    private <T> T jdbc(TransactionJdbc.Work<T> work) {
        return TransactionJdbc.run(em, work);
    }
}

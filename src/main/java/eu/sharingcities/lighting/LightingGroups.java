package eu.sharingcities.lighting;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.lighting.schedule.DimmingProfile;
import eu.sharingcities.lighting.schedule.NightSchedule;
import eu.sharingcities.lighting.schedule.SunAngle;
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

import java.sql.PreparedStatement;

/**
 * A city's administrators set a lighting group's night: its EN 13201-2 lighting class, the sun angle
 * and offsets of its astronomical clock, its profile and its repair hours. Each value is checked
 * before anything is stored (a refused change stores nothing) and the change is audited with the
 * group's night before and after; the schedule sends it at its next pass.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class LightingGroups {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** What may change of a group; null leaves a value as it is. */
    public record Change(String lightingClass, String sunAngle, Integer duskOffsetMinutes, Integer dawnOffsetMinutes, String profile,
                         Integer repairHours) {
    }

    public LightingGroup change(String city, String code, Change change) {
        currentUser.require(Role.CITY_ADMIN, city);
        LightingGroup before = TransactionJdbc.run(em, db -> LightingData.groups(db, city)).stream().filter(g -> g.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound(city + " has no lighting group '" + code + "'."));
        String lightingClass = change.lightingClass() == null ? before.lightingClass() : change.lightingClass().trim().toUpperCase(java.util.Locale.ROOT);
        if (!lightingClass.matches("M[1-6]|C[0-5]|P[1-6]|HS[1-4]|SC[1-9]|EV[1-6]")) {
            throw new Refusal("lightingGroup.refused.class", lightingClass);
        }
        SunAngle angle = change.sunAngle() == null ? before.schedule().angle() : SunAngle.of(change.sunAngle());
        int dusk = offset(change.duskOffsetMinutes(), before.schedule().duskOffsetMinutes());
        int dawn = offset(change.dawnOffsetMinutes(), before.schedule().dawnOffsetMinutes());
        DimmingProfile profile = change.profile() == null ? before.schedule().profile() : DimmingProfile.parse(change.profile());
        int repairHours = change.repairHours() == null ? before.repairHours() : change.repairHours();
        if (repairHours < 1 || repairHours > 2160) {
            throw new Refusal("lightingGroup.refused.repairHours", repairHours);
        }
        LightingGroup after = new LightingGroup(code, before.name(), before.streetClass(), lightingClass, new NightSchedule(angle, dusk, dawn, profile),
                repairHours);
        TransactionJdbc.run(em, db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    update lighting_group set lighting_class = ?, sun_angle = ?, dusk_offset_minutes = ?, dawn_offset_minutes = ?, profile = ?,
                                              repair_hours = ?
                    where city_code = ? and code = ?""")) {
                st.setString(1, lightingClass);
                st.setString(2, angle.written());
                st.setInt(3, dusk);
                st.setInt(4, dawn);
                st.setString(5, profile.written());
                st.setInt(6, repairHours);
                st.setString(7, city);
                st.setString(8, code);
                return st.executeUpdate();
            }
        });
        audit.record(city, "lighting.group.changed", "lighting/group/" + code, said(before), said(after));
        return after;
    }

    private static int offset(Integer given, int before) {
        if (given == null) {
            return before;
        }
        if (given < -120 || given > 120) {
            throw new Refusal("lightingGroup.refused.offset", given);
        }
        return given;
    }

    private static String said(LightingGroup g) {
        return g.lightingClass() + ", " + g.schedule().angle() + " " + g.schedule().duskOffsetMinutes() + "/" + g.schedule().dawnOffsetMinutes()
                + " min, " + g.schedule().profile() + ", repair " + g.repairHours() + " h";
    }
}

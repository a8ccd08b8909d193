package eu.sharingcities.condominium;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.buildings.BuildingIds;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static eu.sharingcities.database.SqlValues.date;
import static eu.sharingcities.database.SqlValues.num;

/**
 * Milan's condominium pipeline: the board, each condominium's record and the list of its
 * assemblies (an assembly's minutes and count: {@link AssemblyMinutes}). City
 * staff see their city's condominiums; an ESCo partner sees only those assigned to their
 * organisation (row-level security, migrations/V9). Municipal operators move condominiums along
 * and keep the assembly's record; partners read.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class Condominiums {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** May this user open the city's condominium pages: municipal staff, or a partner of the city. */
    public static boolean mayRead(SignedInUser user, String cityCode) {
        return user.canSee(cityCode) || user.isPartnerIn(cityCode);
    }

    public List<CondominiumSummary> board(String cityCode) {
        requireRead(cityCode);
        return summaries(cityCode, null);
    }

    public Optional<CondominiumSummary> condominium(String cityCode, long id) {
        requireRead(cityCode);
        return summaries(cityCode, id).stream().findFirst();
    }

    /** The city's condominiums, or the one with {@code id}. */
    private List<CondominiumSummary> summaries(String cityCode, Long id) {
        List<Object[]> rows = em.createNativeQuery("""
                        select c.id, c.city_code, c.name, c.address, c.administrator, c.path, c.esco_organisation, c.stage,
                               (select max(s.entered_on) from condominium_stage s where s.condominium_id = c.id and s.stage = c.stage),
                               (select count(*) from condominium_unit u where u.condominium_id = c.id), c.building_id
                        from condominium c
                        where c.city_code = ?1 and (cast(?2 as bigint) is null or c.id = ?2) order by c.name""")
                .setParameter(1, cityCode).setParameter(2, id).getResultList();
        Map<Long, String> buildings = BuildingIds.codes(em, rows.stream().filter(r -> r[10] != null).map(r -> num(r[10]).longValue()).toList());
        return rows.stream().map(r -> new CondominiumSummary(num(r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                DeliveryPath.valueOf((String) r[5]), (String) r[6], Stage.valueOf((String) r[7]), r[8] == null ? null : date(r[8]),
                num(r[9]).intValue(), r[10] == null ? null : buildings.get(num(r[10]).longValue()))).toList();
    }

    /** Every stage entry of the city's condominiums (those the caller sees), oldest first. */
    public List<StageEntry> stageHistory(String cityCode) {
        requireRead(cityCode);
        return stages(cityCode, null);
    }

    /** One condominium's stage entries, oldest first. */
    public List<StageEntry> stageHistory(String cityCode, long condominiumId) {
        requireRead(cityCode);
        return stages(cityCode, condominiumId);
    }

    private List<StageEntry> stages(String cityCode, Long condominiumId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select s.condominium_id, s.stage, s.entered_on, s.note from condominium_stage s join condominium c on c.id = s.condominium_id
                        where c.city_code = ?1 and (cast(?2 as bigint) is null or c.id = ?2) order by s.condominium_id, s.entered_on""")
                .setParameter(1, cityCode).setParameter(2, condominiumId).getResultList();
        return rows.stream().map(r -> new StageEntry(num(r[0]).longValue(), Stage.valueOf((String) r[1]), date(r[2]), (String) r[3])).toList();
    }

    /** Moves a condominium to a stage from a day on (operators); the entry is audited. */
    public void enterStage(String cityCode, long condominiumId, Stage stage, LocalDate on, String note) {
        currentUser.require(Role.OPERATOR, cityCode);
        CondominiumSummary c = condominium(cityCode, condominiumId)
                .orElseThrow(() -> new NotFound("No condominium " + condominiumId + " in " + cityCode + "."));
        if (on.isAfter(LocalDate.now().plusDays(1))) {
            throw new Refusal("condo.stage.refused.future", on.toString());

        }
        em.createNativeQuery("""
                        insert into condominium_stage (condominium_id, city_code, stage, entered_on, note) values (?1, ?2, ?3, ?4, ?5)
                        on conflict (condominium_id, stage) do update set entered_on = excluded.entered_on, note = excluded.note""")
                .setParameter(1, condominiumId).setParameter(2, cityCode).setParameter(3, stage.name()).setParameter(4, Date.valueOf(on))
                .setParameter(5, note == null ? "" : note).executeUpdate();
        em.createNativeQuery("update condominium set stage = ?1, version = version + 1 where id = ?2").setParameter(1, stage.name())
                .setParameter(2, condominiumId).executeUpdate();
        audit.record(cityCode, "condominium.stage", "condominium/" + condominiumId, c.stage().name(), stage + " on " + on);
    }

    public List<AssemblySheet.UnitRow> units(long condominiumId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, label, owner_name, millesimi from condominium_unit where condominium_id = ?1 order by id""")
                .setParameter(1, condominiumId).getResultList();
        return rows.stream().map(r -> new AssemblySheet.UnitRow(num(r[0]).longValue(), (String) r[1], (String) r[2], num(r[3]).doubleValue())).toList();
    }

    /** Units whose owner has given consent to the co-design process (date), by unit id. */
    public Map<Long, LocalDate> consents(long condominiumId) {
        List<Object[]> rows = em.createNativeQuery("select id, consent_on from condominium_unit where condominium_id = ?1 and consent_on is not null")
                .setParameter(1, condominiumId).getResultList();
        Map<Long, LocalDate> consents = new HashMap<>();
        rows.forEach(r -> consents.put(num(r[0]).longValue(), date(r[1])));
        return consents;
    }

    public List<Workshop> workshops(long condominiumId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select w.id, w.held_on, w.topic, (select count(*) from workshop_attendance a where a.workshop_id = w.id)
                        from workshop w where w.condominium_id = ?1 order by w.held_on""")
                .setParameter(1, condominiumId).getResultList();
        return rows.stream().map(r -> new Workshop(num(r[0]).longValue(), date(r[1]), (String) r[2], num(r[3]).intValue())).toList();
    }

    public List<RetrofitOption> options(long condominiumId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, name, measures, cost_eur, expected_savings_pct, incentives_eur, financing, annual_saving_eur
                        from retrofit_option where condominium_id = ?1 order by id""")
                .setParameter(1, condominiumId).getResultList();
        return rows.stream().map(r -> new RetrofitOption(num(r[0]).longValue(), (String) r[1], (String) r[2], (BigDecimal) r[3],
                num(r[4]).doubleValue(), (BigDecimal) r[5], (String) r[6], (BigDecimal) r[7])).toList();
    }

    /** An assembly as the condominium page lists it. */
    public record AssemblyEntry(long id, LocalDate heldOn, boolean closed) {
    }

    /** The condominium's assemblies, newest first. */
    public List<AssemblyEntry> assemblies(long condominiumId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, held_on, minutes_closed_at is not null from assembly where condominium_id = ?1 order by held_on desc, id desc""")
                .setParameter(1, condominiumId).getResultList();
        return rows.stream().map(r -> new AssemblyEntry(num(r[0]).longValue(), date(r[1]), (Boolean) r[2])).toList();
    }

    void requireRead(String cityCode) {
        SignedInUser user = currentUser.require();
        if (!mayRead(user, cityCode)) {
            throw new NotPermittedException(user.username() + " has no access to the condominiums of " + cityCode + ".");
        }
    }

}

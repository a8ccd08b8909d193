package eu.sharingcities.condominium;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static eu.sharingcities.database.SqlValues.date;
import static eu.sharingcities.database.SqlValues.instant;
import static eu.sharingcities.database.SqlValues.num;

/**
 * An assembly's minutes: the sheet of units, attendance, proxies and votes with each option's
 * count under the Civil Code (art. 1136, 67 disp. att. c.c.), kept by municipal operators, closed
 * once and then only corrected by new, audited entries.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class AssemblyMinutes {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Condominiums condominiums;

    public Optional<AssemblySheet> assembly(long assemblyId) {
        List<Object[]> found = em.createNativeQuery("""
                        select a.id, a.condominium_id, c.name, a.held_on, a.convocation, a.majority_rule, a.minutes_closed_at, c.city_code,
                               c.administrator
                        from assembly a join condominium c on c.id = a.condominium_id where a.id = ?1""")
                .setParameter(1, assemblyId).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] a = found.get(0);
        condominiums.requireRead((String) a[7]);
        long condominiumId = num(a[1]).longValue();
        List<AssemblySheet.UnitRow> units = condominiums.units(condominiumId);
        List<RetrofitOption> options = condominiums.options(condominiumId);
        Map<Long, Boolean> presence = new HashMap<>();
        Map<Long, String> delegates = new HashMap<>();
        Map<Long, Map<Long, VoteChoice>> votes = new HashMap<>();
        List<Object[]> entries = em.createNativeQuery("""
                        select distinct on (unit_id, coalesce(option_id, 0)) unit_id, option_id, choice, delegate_name from assembly_vote
                        where assembly_id = ?1 order by unit_id, coalesce(option_id, 0), id desc""")
                .setParameter(1, assemblyId).getResultList();
        for (Object[] e : entries) {
            long unit = num(e[0]).longValue();
            String choice = (String) e[2];
            if (e[1] == null) {
                presence.put(unit, choice.equals("PRESENT"));
                if (e[3] != null) {
                    delegates.put(unit, (String) e[3]);
                }
            } else {
                votes.computeIfAbsent(num(e[1]).longValue(), o -> new HashMap<>()).put(unit, VoteChoice.valueOf(choice));
            }
        }
        AssemblySheet sheet = new AssemblySheet(num(a[0]).longValue(), condominiumId, (String) a[2], (String) a[8], date(a[3]),
                Convocation.valueOf((String) a[4]), MajorityRule.valueOf((String) a[5]), a[6] == null ? null : instant(a[6]), units, options,
                presence, delegates, votes, Map.of());
        return Optional.of(sheet.withCounts(counts(sheet)));
    }

    /** The count of every option, or why it cannot be counted. */
    private static Map<Long, AssemblySheet.CountOrProblem> counts(AssemblySheet sheet) {
        Map<Long, AssemblySheet.CountOrProblem> counts = new LinkedHashMap<>();
        for (RetrofitOption option : sheet.options()) {
            try {
                AssemblyCount count = AssemblyCount.of(sheet.countUnits(), sheet.ballot(option.id()), sheet.administrator(), sheet.rule(),
                        sheet.convocation());
                counts.put(option.id(), new AssemblySheet.CountOrProblem(Optional.of(count), null));
            } catch (IllegalArgumentException e) {
                counts.put(option.id(), new AssemblySheet.CountOrProblem(Optional.empty(), Refusal.reasonOf(e)));
            }
        }
        return counts;
    }

    /**
     * Records a unit's attendance ({@code optionId} null, PRESENT/ABSENT as {@code present}, with
     * the delegate holding its proxy if the owner is represented) or its vote on an option. Once
     * the minutes are closed the entries stay as they are: a change is a correction entry that
     * points at the entry it corrects, and it is audited.
     */
    public void record(long assemblyId, long unitId, Long optionId, String choice, String delegate) {
        AssemblySheet sheet = assembly(assemblyId).orElseThrow(() -> new NotFound("No assembly " + assemblyId + " in your cities."));
        String city = cityOfAssembly(assemblyId);
        currentUser.require(Role.OPERATOR, city);
        if (sheet.units().stream().noneMatch(u -> u.id() == unitId)) {
            throw new Refusal("assembly.refused.unit", String.valueOf(unitId));
        }
        if (optionId != null && sheet.options().stream().noneMatch(o -> o.id() == optionId)) {
            throw new Refusal("assembly.refused.option", String.valueOf(optionId));
        }
        boolean attendance = optionId == null;
        if (attendance != (choice.equals("PRESENT") || choice.equals("ABSENT"))) {
            throw new Refusal(attendance ? "assembly.refused.attendance" : "assembly.refused.vote");
        }
        String proxy = delegate == null || delegate.isBlank() ? null : delegate.trim();
        if (proxy != null) {
            requireLawfulProxy(sheet, unitId, choice, proxy);
        }
        if (!attendance && !sheet.present(unitId)) {
            throw new Refusal("assembly.refused.notPresent", label(sheet, unitId));
        }
        List<Object> previous = em.createNativeQuery("""
                        select id from assembly_vote where assembly_id = ?1 and unit_id = ?2 and option_id is not distinct from ?3
                        order by id desc limit 1""")
                .setParameter(1, assemblyId).setParameter(2, unitId).setParameter(3, optionId).getResultList();
        Long correctionOf = sheet.closed() && !previous.isEmpty() ? num(previous.get(0)).longValue() : null;
        em.createNativeQuery("""
                        insert into assembly_vote (assembly_id, city_code, unit_id, option_id, choice, recorded_by, correction_of, delegate_name)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, assemblyId).setParameter(2, city).setParameter(3, unitId).setParameter(4, optionId).setParameter(5, choice)
                .setParameter(6, currentUser.username()).setParameter(7, correctionOf).setParameter(8, proxy).executeUpdate();
        if (sheet.closed()) {
            audit.record(city, "assembly.vote.corrected", "assembly/" + assemblyId + "/unit/" + label(sheet, unitId),
                    correctionOf == null ? null : "entry " + correctionOf,
                    (optionId == null ? "attendance " : "option " + optionId + " ") + choice + (proxy == null ? "" : " by proxy of " + proxy));
        }
    }

    /** A proxy goes with attendance, and refused when it would break art. 67 disp. att. c.c. (checked with this proxy added). */
    private static void requireLawfulProxy(AssemblySheet sheet, long unitId, String choice, String delegate) {
        if (!choice.equals("PRESENT")) {
            throw new Refusal("assembly.refused.delegate", choice);
        }
        Map<String, String> proxies = new HashMap<>(sheet.ballot(null).delegates());
        proxies.put(String.valueOf(unitId), delegate);
        List<Message> breaches = ProxyLimits.breaches(sheet.countUnits(), proxies, sheet.administrator());
        if (!breaches.isEmpty()) {
            throw new Refusal("assembly.refused.proxy", breaches);


        }
    }

    /** Closes the minutes: from now on the entries cannot be changed, only corrected by new, audited entries. */
    public void closeMinutes(long assemblyId) {
        String city = cityOfAssembly(assemblyId);
        currentUser.require(Role.OPERATOR, city);
        int closed = em.createNativeQuery("update assembly set minutes_closed_at = now(), closed_by = ?2 where id = ?1 and minutes_closed_at is null")
                .setParameter(1, assemblyId).setParameter(2, currentUser.username()).executeUpdate();
        if (closed == 1) {
            audit.record(city, "assembly.minutes.closed", "assembly/" + assemblyId, null, "closed");
        }
    }

    private String cityOfAssembly(long assemblyId) {
        List<Object> city = em.createNativeQuery("select c.city_code from assembly a join condominium c on c.id = a.condominium_id where a.id = ?1")
                .setParameter(1, assemblyId).getResultList();
        if (city.isEmpty()) {
            throw new NotFound("No assembly " + assemblyId + " in your cities.");
        }
        return (String) city.get(0);
    }

    private static String label(AssemblySheet sheet, long unitId) {
        return sheet.units().stream().filter(u -> u.id() == unitId).map(AssemblySheet.UnitRow::label).findFirst().orElse(String.valueOf(unitId));
    }
}

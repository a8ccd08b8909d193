package eu.sharingcities.condominium;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.buildings.BuildingIds;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static eu.sharingcities.text.FieldCheck.date;
import static eu.sharingcities.text.FieldCheck.require;
import static eu.sharingcities.text.FieldCheck.text;

/**
 * Opens condominiums (with their table of millesimi, which must add up to 1,000) and records what
 * happens to them: workshops with attendance, options put to the owners, assemblies. Operators
 * only; every refusal names the field and says how to put it right.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class CondominiumRegistry {

    /** Millesimi are kept to three decimals; the table must add up to 1,000 within that. */
    private static final double MILLESIMI_TOLERANCE = 0.0005;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    public record NewUnit(String label, String owner, Double millesimi, String consentOn) {
    }

    public record NewCondominium(String name, String address, String administrator, String path, String escoOrganisation, String building,
                                 List<NewUnit> units) {
    }

    public record NewWorkshop(String heldOn, String topic, List<String> attendingUnits) {
    }

    public record NewOption(String name, String measures, BigDecimal costEur, Double expectedSavingsPercent, BigDecimal incentivesEur,
                            String financing, BigDecimal annualSavingEur) {
    }

    public record NewAssembly(String heldOn, String convocation, String majorityRule) {
    }

    public long open(String city, NewCondominium c) {
        currentUser.require(Role.OPERATOR, city);
        require(text(c.name()), "name", "give the condominium's name");
        require(text(c.address()), "address", "give its street address");
        require(text(c.administrator()), "administrator", "name its administrator (amministratore)");
        require(c.path() != null && Arrays.stream(DeliveryPath.values()).anyMatch(p -> p.name().equals(c.path())), "path", "CO_DESIGN or CONVENTIONAL");
        require(c.units() != null && c.units().size() >= 2, "units", "list the units (at least two) with label, owner and millesimi");
        Set<String> labels = new HashSet<>();
        double total = 0;
        for (int i = 0; i < c.units().size(); i++) {
            NewUnit u = c.units().get(i);
            String where = "units[" + i + "]";
            require(u != null && text(u.label()) && labels.add(u.label().trim()), where + ".label", "a label of its own, like 'Int. 3'");
            require(text(u.owner()), where + ".owner", "the owner's name");
            require(u.millesimi() != null && u.millesimi() > 0, where + ".millesimi", "the unit's share in millesimi, more than 0");
            if (u.consentOn() != null && !u.consentOn().isBlank()) {
                date(u.consentOn(), where + ".consentOn");
            }
            total += u.millesimi();
        }
        require(Math.abs(total - 1000) <= MILLESIMI_TOLERANCE, "units", String.format(java.util.Locale.ROOT,
                "the millesimi add up to %.3f, not 1,000: correct the table of millesimi (tabella millesimale)", total));
        Long building = c.building() == null || c.building().isBlank() ? null : BuildingIds.idOf(em, city, c.building()).orElse(null);
        require(building != null || c.building() == null || c.building().isBlank(), "building",
                "'" + c.building() + "' is unknown: give the code of one of " + city + "'s buildings");
        long id = ((Number) em.createNativeQuery("""
                        insert into condominium (city_code, building_id, name, address, administrator, path, esco_organisation)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) returning id""")
                .setParameter(1, city).setParameter(2, building).setParameter(3, c.name().trim()).setParameter(4, c.address().trim())
                .setParameter(5, c.administrator().trim()).setParameter(6, c.path())
                .setParameter(7, c.escoOrganisation() == null ? "" : c.escoOrganisation().trim()).getSingleResult()).longValue();
        for (NewUnit u : c.units()) {
            em.createNativeQuery("""
                            insert into condominium_unit (condominium_id, city_code, label, owner_name, millesimi, consent_on)
                            values (?1, ?2, ?3, ?4, ?5, ?6)""")
                    .setParameter(1, id).setParameter(2, city).setParameter(3, u.label().trim()).setParameter(4, u.owner().trim())
                    .setParameter(5, BigDecimal.valueOf(u.millesimi())).setParameter(6, u.consentOn() == null || u.consentOn().isBlank() ? null
                            : Date.valueOf(date(u.consentOn(), "consentOn"))).executeUpdate();
        }
        em.createNativeQuery("insert into condominium_stage (condominium_id, city_code, stage, entered_on) values (?1, ?2, 'CONTACT', current_date)")
                .setParameter(1, id).setParameter(2, city).executeUpdate();
        audit.record(city, "condominium.opened", "condominium/" + id, null, c.name() + ", " + c.units().size() + " units");
        return id;
    }

    public long addWorkshop(String city, long condominium, NewWorkshop w) {
        requireCondominium(city, condominium);
        LocalDate on = date(w.heldOn(), "heldOn");
        require(text(w.topic()), "topic", "what the workshop was about");
        long id = ((Number) em.createNativeQuery("insert into workshop (condominium_id, city_code, held_on, topic) values (?1, ?2, ?3, ?4) returning id")
                .setParameter(1, condominium).setParameter(2, city).setParameter(3, Date.valueOf(on)).setParameter(4, w.topic().trim())
                .getSingleResult()).longValue();
        for (String label : w.attendingUnits() == null ? List.<String>of() : w.attendingUnits()) {
            long unit = single("select id from condominium_unit where condominium_id = ?1 and label = ?2", "attendingUnits",
                    Message.of("condo.refused.unitLabels"), condominium, label);
            em.createNativeQuery("insert into workshop_attendance (workshop_id, unit_id, city_code) values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, id).setParameter(2, unit).setParameter(3, city).executeUpdate();
        }
        audit.record(city, "workshop.held", "condominium/" + condominium + "/workshop/" + id, null, w.topic());
        return id;
    }

    public long addOption(String city, long condominium, NewOption o) {
        requireCondominium(city, condominium);
        require(text(o.name()), "name", "name the option, like 'Deep package'");
        require(text(o.measures()), "measures", "list the measures in the package");
        require(o.costEur() != null && o.costEur().signum() >= 0, "costEur", "the cost in euros, 0 or more");
        require(o.expectedSavingsPercent() != null && o.expectedSavingsPercent() >= 0 && o.expectedSavingsPercent() <= 100,
                "expectedSavingsPercent", "the energy audit's expected saving, 0 to 100");
        require(o.incentivesEur() == null || o.incentivesEur().signum() >= 0, "incentivesEur", "0 or more");
        require(o.financing() != null && List.of("EPC", "LOAN", "TAX_CREDIT_TRANSFER", "OWN_FUNDS").contains(o.financing()), "financing",
                "one of EPC, LOAN, TAX_CREDIT_TRANSFER, OWN_FUNDS");
        require(o.annualSavingEur() != null && o.annualSavingEur().signum() >= 0, "annualSavingEur", "the yearly saving in euros, 0 or more");
        long id = ((Number) em.createNativeQuery("""
                        insert into retrofit_option (condominium_id, city_code, name, measures, cost_eur, expected_savings_pct, incentives_eur,
                                                     financing, annual_saving_eur)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) returning id""")
                .setParameter(1, condominium).setParameter(2, city).setParameter(3, o.name().trim()).setParameter(4, o.measures().trim())
                .setParameter(5, o.costEur()).setParameter(6, o.expectedSavingsPercent())
                .setParameter(7, o.incentivesEur() == null ? BigDecimal.ZERO : o.incentivesEur()).setParameter(8, o.financing())
                .setParameter(9, o.annualSavingEur()).getSingleResult()).longValue();
        audit.record(city, "option.added", "condominium/" + condominium + "/option/" + id, null, o.name());
        return id;
    }

    public long convene(String city, long condominium, NewAssembly a) {
        requireCondominium(city, condominium);
        LocalDate on = date(a.heldOn(), "heldOn");
        require("FIRST".equals(a.convocation()) || "SECOND".equals(a.convocation()), "convocation", Message.of("field.oneOf", "FIRST, SECOND"));
        require(a.majorityRule() != null && Arrays.stream(MajorityRule.values()).anyMatch(r -> r.name().equals(a.majorityRule())), "majorityRule",
                Message.of("field.oneOf", String.join(", ", Arrays.stream(MajorityRule.values()).map(Enum::name).toList())));

        long id = ((Number) em.createNativeQuery("""
                        insert into assembly (condominium_id, city_code, held_on, convocation, majority_rule) values (?1, ?2, ?3, ?4, ?5) returning id""")
                .setParameter(1, condominium).setParameter(2, city).setParameter(3, Date.valueOf(on)).setParameter(4, a.convocation())
                .setParameter(5, a.majorityRule()).getSingleResult()).longValue();
        audit.record(city, "assembly.convened", "condominium/" + condominium + "/assembly/" + id, null, on + " " + a.convocation() + " " + a.majorityRule());
        return id;
    }

    private void requireCondominium(String city, long condominium) {
        currentUser.require(Role.OPERATOR, city);
        single("select id from condominium where city_code = ?1 and id = ?2", "condominium", Message.of("condo.refused.condominium", city), city,
                condominium);
    }

    private long single(String sql, String field, Message expected, Object first, Object value) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, first).setParameter(2, value).getResultList();
        require(rows.size() == 1, field, Message.of("field.unknown", String.valueOf(value), expected));

        return ((Number) rows.get(0)).longValue();
    }

}

package eu.sharingcities.buildings;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Emission factors and prices per city, year and carrier; a city's administrators keep them. */
@ApplicationScoped
@Transactional
@CityScoped
public class EnergyFactors {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** The factors of the cities the caller sees. */
    public List<EnergyFactor> all() {
        List<Object[]> rows = em.createNativeQuery("""
                select city_code, year, carrier, kg_co2_per_kwh, eur_per_kwh, scope, source from energy_factor
                order by city_code, year desc, carrier""")
                .getResultList();
        return rows.stream().map(r -> new EnergyFactor((String) r[0], ((Number) r[1]).intValue(), Carrier.valueOf((String) r[2]),
                ((Number) r[3]).doubleValue(), ((Number) r[4]).doubleValue(), EmissionScope.valueOf((String) r[5]), (String) r[6])).toList();
    }

    /** The factors of one city (viewers of the city). */
    public List<EnergyFactor> ofCity(String cityCode) {
        currentUser.requireOrSystem(Role.VIEWER, cityCode);
        return all().stream().filter(f -> f.cityCode().equals(cityCode)).toList();
    }

    /** Adds a year's factor for a carrier or changes it (city administrators); audited with the old and new figures. */
    public void save(EnergyFactor factor) {
        currentUser.require(Role.CITY_ADMIN, factor.cityCode());
        List<Object[]> before = em.createNativeQuery("""
                        select kg_co2_per_kwh, eur_per_kwh, scope, source from energy_factor where city_code = ?1 and year = ?2 and carrier = ?3""")
                .setParameter(1, factor.cityCode()).setParameter(2, factor.year()).setParameter(3, factor.carrier().name()).getResultList();
        em.createNativeQuery("""
                        insert into energy_factor (city_code, year, carrier, kg_co2_per_kwh, eur_per_kwh, scope, source) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (city_code, year, carrier) do update set kg_co2_per_kwh = excluded.kg_co2_per_kwh, eur_per_kwh = excluded.eur_per_kwh,
                            scope = excluded.scope, source = excluded.source""")
                .setParameter(1, factor.cityCode()).setParameter(2, factor.year()).setParameter(3, factor.carrier().name())
                .setParameter(4, factor.kgCo2PerKwh()).setParameter(5, factor.eurPerKwh()).setParameter(6, factor.scope().name())
                .setParameter(7, factor.source()).executeUpdate();
        audit.record(factor.cityCode(), "energy-factor.changed", "energy-factor/" + factor.year() + "/" + factor.carrier(),
                before.isEmpty() ? null : before.get(0)[0] + " kg/kWh (" + before.get(0)[2] + ", " + before.get(0)[3] + "), " + before.get(0)[1] + " €/kWh",
                factor.kgCo2PerKwh() + " kg/kWh (" + factor.scope() + ", " + factor.source() + "), " + factor.eurPerKwh() + " €/kWh");
    }
}

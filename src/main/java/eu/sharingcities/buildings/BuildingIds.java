package eu.sharingcities.buildings;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static eu.sharingcities.database.SqlValues.num;

/** A registered building's id from its code and back, for the features that refer to buildings (a condominium's). */
public final class BuildingIds {

    private BuildingIds() {
    }

    public static Optional<Long> idOf(EntityManager em, String city, String code) {
        List<?> rows = em.createNativeQuery("select id from building where city_code = ?1 and code = ?2").setParameter(1, city)
                .setParameter(2, code.trim()).getResultList();
        return rows.stream().findFirst().map(id -> num(id).longValue());
    }

    /** The codes of the buildings with these ids (those the caller may see). */
    public static Map<Long, String> codes(EntityManager em, Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        if (ids.isEmpty()) {
            return codes;
        }
        List<Object[]> rows = em.createNativeQuery("select id, code from building where id = any(?1)").setParameter(1, ids.toArray(Long[]::new))
                .getResultList();
        rows.forEach(r -> codes.put(num(r[0]).longValue(), (String) r[1]));
        return codes;
    }
}

package eu.sharingcities.city;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The cities a user may see and their districts. */
@ApplicationScoped
@Transactional
@CityScoped
public class Cities {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** Every city, in the programme's order: lighthouses first. Public reference data. */
    public List<CityInfo> all() {
        return em.createQuery("select c from City c order by c.tier desc, c.code", City.class)
                .getResultStream().map(City::toInfo)
                .sorted((a, b) -> Boolean.compare(b.lighthouse(), a.lighthouse()))
                .toList();
    }

    public List<CityInfo> visibleToCurrentUser() {
        SignedInUser user = currentUser.require();
        return all().stream().filter(city -> user.canSee(city.code()) || user.isPartnerIn(city.code())).toList();
    }

    public Optional<CityInfo> find(String code) {
        return Optional.ofNullable(code).map(c -> em.find(City.class, c)).map(City::toInfo);
    }

    public List<DistrictInfo> districts(String cityCode) {
        currentUser.require(Role.VIEWER, cityCode);
        return em.createQuery("select d from District d where d.cityCode = :city order by d.name", District.class)
                .setParameter("city", cityCode)
                .getResultStream().map(District::toInfo).toList();
    }

    /** Empty when the district does not exist or belongs to a city the caller may not see. */
    public Optional<DistrictInfo> district(long id) {
        return Optional.ofNullable(em.find(District.class, id)).map(District::toInfo);
    }

    public DistrictInfo describeDistrict(long id, String description) {
        District district = Optional.ofNullable(em.find(District.class, id))
                .orElseThrow(() -> new UnknownDistrictException(id));
        currentUser.require(Role.OPERATOR, district.cityCode());
        String before = district.description();
        district.describe(description);
        audit.record(district.cityCode(), "district.described", "district/" + id, before, district.description());
        return district.toInfo();
    }
}

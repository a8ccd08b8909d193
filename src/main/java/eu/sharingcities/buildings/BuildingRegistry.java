package eu.sharingcities.buildings;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static eu.sharingcities.text.FieldCheck.date;
import static eu.sharingcities.text.FieldCheck.require;
import static eu.sharingcities.text.FieldCheck.text;

/**
 * Registers a city's buildings, their meters and their retrofits (operators). Every field is
 * checked before anything is stored, and a refusal says which field and how to put it right.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class BuildingRegistry {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    public record NewBuilding(String code, String name, String address, String district, Double latitude, Double longitude, String use,
                              Double floorAreaM2, Integer yearBuilt, Integer dwellings, String energyLabel, String heatingSystem,
                              String temperaturePoint, String asset) {
    }

    public record NewMeter(String name, String carrier, String unit, Double kwhPerUnit, String point) {
    }

    public record NewRetrofit(String name, String depth, BigDecimal costEur, String funding, String installationStart, String installationEnd,
                              String reportingStart, String reportingEnd, List<String> measures) {
    }

    public long createBuilding(String city, NewBuilding b) {
        currentUser.require(Role.OPERATOR, city);
        require(b.code() != null && b.code().matches("[a-z0-9][a-z0-9-]{0,63}"), "code",
                "use lower-case letters, digits and dashes, like 'via-noto-61'");
        require(text(b.name()), "name", "give the building's name");
        require(text(b.address()), "address", "give the street address");
        require(b.latitude() != null && Math.abs(b.latitude()) <= 90 && b.longitude() != null && Math.abs(b.longitude()) <= 180, "latitude/longitude",
                "give the location in decimal degrees (latitude −90..90, longitude −180..180)");
        require(b.use() != null && List.of("RESIDENTIAL", "OFFICE", "SCHOOL", "PUBLIC").contains(b.use()), "use",
                "one of RESIDENTIAL, OFFICE, SCHOOL, PUBLIC");
        require(b.floorAreaM2() != null && b.floorAreaM2() > 0, "floorAreaM2", "the heated floor area in m², more than 0");
        require(b.yearBuilt() == null || b.yearBuilt() >= 1000 && b.yearBuilt() <= LocalDate.now().getYear(), "yearBuilt",
                "a year no later than this one");
        require(b.dwellings() == null || b.dwellings() >= 0, "dwellings", "0 or more");
        String label = b.energyLabel() == null ? "" : b.energyLabel().trim().toUpperCase(Locale.ROOT);
        require(label.matches("([A-G][+]{0,3}|A[1-4]|)"), "energyLabel", "an EU energy class like A4, A+, B or G, or leave it out");
        long district = single("select id from district where city_code = ?1 and name = ?2", "district",
                "the name of one of " + city + "'s districts", city, b.district());
        Integer temperature = b.temperaturePoint() == null || b.temperaturePoint().isBlank() ? null
                : (int) single("select id from point where city_code = ?1 and code = ?2", "temperaturePoint",
                "the code of one of " + city + "'s points, like " + city + ".weather.outdoor-temperature", city, b.temperaturePoint());
        require(em.createNativeQuery("select 1 from building where city_code = ?1 and code = ?2").setParameter(1, city).setParameter(2, b.code())
                .getResultList().isEmpty(), "code", "'" + b.code() + "' is taken in " + city + "; choose another");
        String asset = checkedAsset(city, b.asset(), null);
        long id = ((Number) em.createNativeQuery("""
                        insert into building (city_code, district_id, code, name, address, latitude, longitude, use, floor_area_m2, year_built,
                                              dwellings, energy_label, heating_system, temperature_point_id, asset)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) returning id""")
                .setParameter(1, city).setParameter(2, district).setParameter(3, b.code()).setParameter(4, b.name().trim())
                .setParameter(5, b.address().trim()).setParameter(6, b.latitude()).setParameter(7, b.longitude()).setParameter(8, b.use())
                .setParameter(9, b.floorAreaM2()).setParameter(10, b.yearBuilt()).setParameter(11, b.dwellings() == null ? 0 : b.dwellings())
                .setParameter(12, label).setParameter(13, b.heatingSystem() == null ? "" : b.heatingSystem().trim()).setParameter(14, temperature)
                .setParameter(15, asset).getSingleResult()).longValue();
        audit.record(city, "building.created", "building/" + b.code(), null, b.name());
        return id;
    }

    public long addMeter(String city, String buildingCode, NewMeter m) {
        currentUser.require(Role.OPERATOR, city);
        long building = building(city, buildingCode);
        require(text(m.name()), "name", "give the meter a name, like 'Gas meter'");
        require(m.carrier() != null && Arrays.stream(Carrier.values()).anyMatch(c -> c.name().equals(m.carrier())), "carrier",
                "one of ELECTRICITY, HEAT, GAS");
        require(text(m.unit()), "unit", "the unit the meter counts in, like kWh or m³");
        require(m.kwhPerUnit() == null || m.kwhPerUnit() > 0, "kwhPerUnit", "kWh per unit, more than 0 (gas: about 10.55 kWh per m³)");
        Integer point = m.point() == null || m.point().isBlank() ? null
                : (int) single("select id from point where city_code = ?1 and code = ?2", "point",
                "the code of one of " + city + "'s points (a cumulative counter)", city, m.point());
        require(em.createNativeQuery("select 1 from meter where building_id = ?1 and name = ?2").setParameter(1, building).setParameter(2, m.name())
                .getResultList().isEmpty(), "name", "the building already has a meter called '" + m.name() + "'");
        long id = ((Number) em.createNativeQuery("""
                        insert into meter (building_id, city_code, name, carrier, unit, kwh_per_unit, point_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        returning id""")
                .setParameter(1, building).setParameter(2, city).setParameter(3, m.name().trim()).setParameter(4, m.carrier())
                .setParameter(5, m.unit().trim()).setParameter(6, m.kwhPerUnit() == null ? 1.0 : m.kwhPerUnit()).setParameter(7, point)
                .getSingleResult()).longValue();
        audit.record(city, "meter.created", "building/" + buildingCode + "/meter/" + id, null, m.name() + " (" + m.carrier() + ")");
        return id;
    }

    public long addRetrofit(String city, String buildingCode, NewRetrofit r) {
        currentUser.require(Role.OPERATOR, city);
        long building = building(city, buildingCode);
        require(text(r.name()), "name", Message.of("retrofit.refused.name"));
        require("LIGHT".equals(r.depth()) || "DEEP".equals(r.depth()), "depth", Message.of("field.oneOf", "LIGHT, DEEP"));
        require(r.costEur() != null && r.costEur().signum() >= 0, "costEur", Message.of("retrofit.refused.cost"));
        LocalDate start = date(r.installationStart(), "installationStart"), end = date(r.installationEnd(), "installationEnd");
        LocalDate reporting = date(r.reportingStart(), "reportingStart");
        LocalDate reportingEnd = r.reportingEnd() == null || r.reportingEnd().isBlank() ? null : date(r.reportingEnd(), "reportingEnd");
        require(!end.isBefore(start), "installationEnd", Message.of("retrofit.refused.end", start.toString()));
        require(reporting.isAfter(end), "reportingStart", Message.of("retrofit.refused.reportingStart", end.toString()));
        require(reportingEnd == null || !reportingEnd.isBefore(reporting), "reportingEnd", Message.of("retrofit.refused.reportingEnd"));
        List<String> catalogue = Arrays.stream(RetrofitMeasure.values()).map(Enum::name).toList();
        require(r.measures() != null && !r.measures().isEmpty() && catalogue.containsAll(r.measures()), "measures",
                Message.of("field.oneOrMoreOf", String.join(", ", catalogue)));

        long id = ((Number) em.createNativeQuery("""
                        insert into retrofit_project (building_id, city_code, name, depth, cost_eur, funding, installation_start, installation_end,
                                                      reporting_start, reporting_end)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) returning id""")
                .setParameter(1, building).setParameter(2, city).setParameter(3, r.name().trim()).setParameter(4, r.depth())
                .setParameter(5, r.costEur()).setParameter(6, r.funding() == null ? "" : r.funding().trim()).setParameter(7, Date.valueOf(start))
                .setParameter(8, Date.valueOf(end)).setParameter(9, Date.valueOf(reporting))
                .setParameter(10, reportingEnd == null ? null : Date.valueOf(reportingEnd)).getSingleResult()).longValue();
        for (String measure : r.measures().stream().distinct().toList()) {
            em.createNativeQuery("insert into retrofit_measure (project_id, city_code, measure) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, city).setParameter(3, measure).executeUpdate();
        }
        audit.record(city, "retrofit.created", "building/" + buildingCode + "/retrofit/" + id, null, r.name() + " " + r.measures());
        return id;
    }

    /**
     * Binds a registered building to the controller asset its points carry (opcua-config's
     * {@code asset:}), so that SEMS and the portal find its points by their roles there; null unbinds it.
     */
    public void bindAsset(String city, String buildingCode, String asset) {
        currentUser.require(Role.CITY_ADMIN, city);
        long building = building(city, buildingCode);
        String checked = checkedAsset(city, asset, building);
        em.createNativeQuery("update building set asset = ?1 where id = ?2").setParameter(1, checked).setParameter(2, building).executeUpdate();
        audit.record(city, "building.asset", "building/" + buildingCode, null, checked == null ? "unbound" : "bound to " + checked);
    }

    /** The asset if the city has points on it and no other building is bound to it; null for none. */
    private String checkedAsset(String city, String asset, Long building) {
        if (asset == null || asset.isBlank()) {
            return null;
        }
        String trimmed = asset.trim();
        require(!em.createNativeQuery("select 1 from point where city_code = ?1 and asset = ?2 and active").setParameter(1, city)
                .setParameter(2, trimmed).getResultList().isEmpty(), "asset", "'" + trimmed + "' is the asset of none of " + city
                + "'s points: give the asset: its controller's points carry in opcua-config, like building/b001");
        List<?> taken = em.createNativeQuery("select code from building where city_code = ?1 and asset = ?2 and id <> ?3")
                .setParameter(1, city).setParameter(2, trimmed).setParameter(3, building == null ? -1L : building).getResultList();
        require(taken.isEmpty(), "asset", "'" + trimmed + "' is already the asset of building " + (taken.isEmpty() ? "" : taken.get(0))
                + "; unbind it there first");
        return trimmed;
    }

    private long building(String city, String code) {
        List<?> rows = em.createNativeQuery("select id from building where city_code = ?1 and code = ?2").setParameter(1, city)
                .setParameter(2, code).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("No building " + code + " in " + city + ".");
        }
        return ((Number) rows.get(0)).longValue();
    }

    private long single(String sql, String field, String expected, String city, String value) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, city).setParameter(2, value).getResultList();
        require(rows.size() == 1, field, "'" + value + "' is unknown: give " + expected);
        return ((Number) rows.get(0)).longValue();
    }

}

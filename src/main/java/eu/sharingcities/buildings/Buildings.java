package eu.sharingcities.buildings;

import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.telemetry.PointHistory;
import eu.sharingcities.telemetry.PointId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static eu.sharingcities.database.SqlValues.date;
import static eu.sharingcities.database.SqlValues.num;

/**
 * Buildings, meters and retrofits of the caller's cities, and their measurement and verification
 * (row-level security applies to every query here). A city's data is loaded in a few queries and
 * analysed in memory: the analysis of a building takes milliseconds (./run bench mv).
 */
@ApplicationScoped
@Transactional
@CityScoped
public class Buildings {

    /** How far back meter data is read: a baseline year before the oldest retrofit still reported on, and its reporting. */
    private static final int HISTORY_DAYS = 1100;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** Every building of a city with its M&V result. */
    public List<BuildingOverview> overview(String cityCode) {
        currentUser.require(Role.VIEWER, cityCode);
        return load("b.city_code = ?1", cityCode);
    }

    /** Where a building stands, for maps (street lighting's layer of buildings). */
    public record Place(String code, String name, double latitude, double longitude) {
    }

    /** The city's buildings as places on a map, without their analysis. */
    public List<Place> places(String cityCode) {
        currentUser.require(Role.VIEWER, cityCode);
        List<Object[]> rows = em.createNativeQuery("select code, name, latitude, longitude from building where city_code = ?1 order by code")
                .setParameter(1, cityCode).getResultList();
        return rows.stream().map(r -> new Place((String) r[0], (String) r[1], num(r[2]).doubleValue(), num(r[3]).doubleValue())).toList();
    }

    /** One building of a city by its code; empty when there is none (or it is in a city the caller does not see). */
    public Optional<BuildingOverview> overview(String cityCode, String buildingCode) {
        currentUser.requireOrSystem(Role.VIEWER, cityCode);
        return load("b.city_code = ?1 and b.code = ?2", cityCode, buildingCode).stream().findFirst();
    }

    /**
     * The retrofits of the city's buildings by building code (newest first), for features that
     * must know when a building's physics changed (SEMS's measurement boundary).
     */
    public Map<String, List<RetrofitProject>> retrofits(String cityCode) {
        currentUser.requireOrSystem(Role.VIEWER, cityCode);
        List<Object[]> rows = em.createNativeQuery("""
                        select b.code, p.id, p.building_id, p.name, p.depth, p.cost_eur, p.funding, p.installation_start, p.installation_end,
                               p.reporting_start, p.reporting_end
                        from retrofit_project p join building b on b.id = p.building_id where b.city_code = ?1 order by p.installation_start desc""")
                .setParameter(1, cityCode).getResultList();
        Map<String, List<RetrofitProject>> byBuilding = new HashMap<>();
        for (Object[] r : rows) {
            byBuilding.computeIfAbsent((String) r[0], c -> new ArrayList<>()).add(new RetrofitProject(num(r[1]).longValue(), num(r[2]).longValue(),
                    (String) r[3], (String) r[4], (BigDecimal) r[5], (String) r[6], date(r[7]), date(r[8]), date(r[9]),
                    r[10] == null ? null : date(r[10]), List.of()));
        }
        return byBuilding;
    }

    /** Every building the caller may see, in every city (the consortium's portfolio). */
    public List<BuildingOverview> overviewOfAllVisible() {
        SignedInUser user = currentUser.require();
        return load("true").stream().filter(b -> user.canSee(b.building().cityCode())).toList();
    }

    private List<BuildingOverview> load(String where, Object... parameters) {
        Query query = em.createNativeQuery("""
                        select b.id, b.city_code, b.district_id, d.name, b.code, b.name, b.address, b.latitude, b.longitude, b.use,
                               b.floor_area_m2, b.year_built, b.dwellings, b.energy_label, b.heating_system, b.temperature_point_id, c.time_zone
                        from building b join district d on d.id = b.district_id join city c on c.code = b.city_code
                        where\s""" + where + " order by b.city_code, b.code");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Building> buildings = new ArrayList<>();
        Map<Long, ZoneId> zones = new HashMap<>();
        for (Object[] r : rows) {
            Building b = new Building(num(r[0]).longValue(), (String) r[1], num(r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], num(r[7]).doubleValue(), num(r[8]).doubleValue(), (String) r[9], num(r[10]).doubleValue(),
                    r[11] == null ? null : num(r[11]).intValue(), num(r[12]).intValue(), (String) r[13], (String) r[14],
                    PointId.orNull(num(r[15])));
            buildings.add(b);
            zones.put(b.id(), ZoneId.of((String) r[16]));
        }
        List<Long> ids = buildings.stream().map(Building::id).toList();
        Map<Long, RetrofitProject> retrofits = retrofits(ids);
        Map<Long, List<Meter>> meters = meters("m.building_id = any(?1)", ids.toArray(Long[]::new));
        Map<Long, List<MeterPeriod>> imported = importedPeriods(ids);
        Map<PointId, List<MeterData.DayEnd>> counters = dayEnds(meters.values().stream().flatMap(List::stream)
                .map(Meter::pointId).filter(p -> p != null).distinct().toList());
        Map<PointId, Map<LocalDate, Double>> temperatures = temperatures(buildings.stream().map(Building::temperaturePointId)
                .filter(p -> p != null).distinct().toList());

        List<BuildingOverview> overviews = new ArrayList<>();
        for (Building b : buildings) {
            RetrofitProject retrofit = retrofits.get(b.id());
            Optional<BuildingResult> result = Optional.empty();
            if (retrofit != null) {
                ZoneId zone = zones.get(b.id());
                Map<Meter, List<MeterPeriod>> periods = new LinkedHashMap<>();
                for (Meter m : meters.getOrDefault(b.id(), List.of())) {
                    List<MeterPeriod> counted = m.pointId() == null ? List.of()
                            : MeterData.dailyConsumption(counters.getOrDefault(m.pointId(), List.of()), m.kwhPerUnit(), zone);
                    periods.put(m, MeterData.merge(imported.getOrDefault(m.id(), List.of()), counted));
                }
                Map<LocalDate, Double> temps = b.temperaturePointId() == null ? Map.of() : temperatures.getOrDefault(b.temperaturePointId(), Map.of());
                result = Optional.of(BuildingAnalysis.analyse(retrofit, periods, temps, LocalDate.now(zone).minusDays(1)));
            }
            overviews.add(new BuildingOverview(b, meters.getOrDefault(b.id(), List.of()), Optional.ofNullable(retrofit), result));
        }
        return overviews;
    }

    /** The newest retrofit of each building. */
    private Map<Long, RetrofitProject> retrofits(List<Long> buildingIds) {
        List<Object[]> rows = em.createNativeQuery("""
                        select distinct on (p.building_id) p.id, p.building_id, p.name, p.depth, p.cost_eur, p.funding, p.installation_start,
                               p.installation_end, p.reporting_start, p.reporting_end,
                               (select string_agg(m.measure, ',' order by m.measure) from retrofit_measure m where m.project_id = p.id)
                        from retrofit_project p where p.building_id = any(?1) order by p.building_id, p.installation_start desc""")
                .setParameter(1, buildingIds.toArray(Long[]::new)).getResultList();
        Map<Long, RetrofitProject> projects = new HashMap<>();
        for (Object[] r : rows) {
            List<RetrofitMeasure> measures = r[10] == null ? List.of()
                    : java.util.Arrays.stream(((String) r[10]).split(",")).map(RetrofitMeasure::valueOf).toList();
            projects.put(num(r[1]).longValue(), new RetrofitProject(num(r[0]).longValue(), num(r[1]).longValue(), (String) r[2], (String) r[3],
                    (BigDecimal) r[4], (String) r[5], date(r[6]), date(r[7]), date(r[8]), r[9] == null ? null : date(r[9]), measures));
        }
        return projects;
    }

    private Map<Long, List<Meter>> meters(String where, Object parameter) {
        List<Object[]> rows = em.createNativeQuery("""
                        select m.id, m.building_id, m.name, m.carrier, m.unit, m.kwh_per_unit, m.point_id, p.code
                        from meter m left join point p on p.id = m.point_id where\s""" + where + " order by m.building_id, m.name")
                .setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> new Meter(num(r[0]).longValue(), num(r[1]).longValue(), (String) r[2], Carrier.valueOf((String) r[3]),
                        (String) r[4], num(r[5]).doubleValue(), PointId.orNull(num(r[6])), (String) r[7]))
                .collect(Collectors.groupingBy(Meter::buildingId, LinkedHashMap::new, Collectors.toList()));
    }

    private Map<Long, List<MeterPeriod>> importedPeriods(List<Long> buildingIds) {
        List<Object[]> rows = em.createNativeQuery("""
                        select mp.meter_id, mp.period_start, mp.period_end, mp.kwh from meter_period mp join meter m on m.id = mp.meter_id
                        where m.building_id = any(?1) order by mp.meter_id, mp.period_start""")
                .setParameter(1, buildingIds.toArray(Long[]::new)).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> num(r[0]).longValue(),
                Collectors.mapping(r -> new MeterPeriod(date(r[1]), date(r[2]), num(r[3]).doubleValue()), Collectors.toList())));
    }

    private Map<PointId, List<MeterData.DayEnd>> dayEnds(List<PointId> points) {
        return points.isEmpty() ? Map.of() : PointHistory.dayEnds(em, points, historyStart()).stream().collect(Collectors.groupingBy(
                PointHistory.DayEnd::pointId, Collectors.mapping(d -> new MeterData.DayEnd(d.day(), d.value(), d.readAt()), Collectors.toList())));
    }

    /**
     * Daily mean outdoor temperature per local day, weighted by time from the hourly rollups
     * ({@link DailyTemperatures}); a day with only a daily rollup (the demo's generated past, whose
     * daily mean is exact) takes that. Today's is left out: it is not over.
     */
    private Map<PointId, Map<LocalDate, Double>> temperatures(List<PointId> points) {
        if (points.isEmpty()) {
            return Map.of();
        }
        Map<PointId, List<DailyTemperatures.Hour>> hours = new HashMap<>();
        Map<PointId, ZoneId> zones = new HashMap<>();
        for (PointHistory.Hour h : PointHistory.hours(em, points, historyStart())) {
            hours.computeIfAbsent(h.pointId(), p -> new ArrayList<>()).add(new DailyTemperatures.Hour(h.start(), h.mean(), h.last()));
            zones.putIfAbsent(h.pointId(), h.zone());
        }
        Map<PointId, Map<LocalDate, Double>> byPoint = new HashMap<>();
        hours.forEach((point, series) -> byPoint.put(point, DailyTemperatures.of(series, zones.get(point), LocalDate.now(zones.get(point)))));
        for (PointHistory.DayMean d : PointHistory.pastDayMeans(em, points, historyStart())) {
            byPoint.computeIfAbsent(d.pointId(), p -> new HashMap<>()).putIfAbsent(d.day(), d.mean());
        }
        return byPoint;
    }

    private static Instant historyStart() {
        return Instant.now().minusSeconds(86_400L * HISTORY_DAYS);
    }
}

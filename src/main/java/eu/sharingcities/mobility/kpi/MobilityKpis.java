package eu.sharingcities.mobility.kpi;

import eu.sharingcities.buildings.Carrier;
import eu.sharingcities.buildings.EnergyFactor;
import eu.sharingcities.buildings.EnergyFactors;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.mobility.BikeShare;
import eu.sharingcities.mobility.BikeStation;
import eu.sharingcities.mobility.history.StationPoints;
import eu.sharingcities.mobility.transit.MobilityHubs;
import eu.sharingcities.mobility.transit.Transit;
import eu.sharingcities.mobility.trips.BikeTrips;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.PointRole;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A city's shared-bike KPIs per day, for the city and each district: read from its stations'
 * history (readings), its hubs that day (the timetable) and the trips its operators exported
 * (method and factors: {@link DayKpiCalculator}, docs/mobility.md).
 */
@ApplicationScoped
@Transactional
@CityScoped
public class MobilityKpis {

    /** The most days one request covers. */
    public static final int MAX_DAYS = 92;
    private static final List<PointRole> ROLES = List.of(PointRole.AVAILABLE_VEHICLE_COUNT, PointRole.AVAILABLE_DOCK_COUNT,
            PointRole.BATTERY_STATE_OF_CHARGE_SENSOR);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BikeShare bikeShare;

    @Inject
    Transit transit;

    @Inject
    BikeTrips trips;

    @Inject
    EnergyFactors energyFactors;

    @Inject
    @ConfigProperty(name = "platform.mobility.rebalancing-bikes", defaultValue = "4")
    int rebalancingBikes;

    @Inject
    @ConfigProperty(name = "platform.mobility.trip-km", defaultValue = "2.0")
    double tripKm;

    @Inject
    @ConfigProperty(name = "platform.mobility.car-share", defaultValue = "0.10")
    double carShare;

    @Inject
    @ConfigProperty(name = "platform.mobility.car-kg-co2-per-km", defaultValue = "0.170")
    double carKgCo2PerKm;

    @Inject
    @ConfigProperty(name = "platform.mobility.ebike-kwh-per-km", defaultValue = "0.010")
    double ebikeKwhPerKm;

    /** The KPIs of each day from {@code from} to {@code to} (inclusive, the city's days): per day the city's, then its districts'. */
    public List<DayKpis> days(String city, LocalDate from, LocalDate to) {
        currentUser.requireOrSystem(Role.VIEWER, city);
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new Refusal("mobility.kpis.refused.range", String.valueOf(from), String.valueOf(to), MAX_DAYS);
        }
        ZoneId zone = TransactionJdbc.run(em, db -> AssetReadings.zone(db, city));
        Instant now = Instant.now();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<BikeStation> stations = bikeShare.stations(city);
        Map<String, String> districtOf = StationDistricts.of(TransactionJdbc.run(em, db -> StationDistricts.districts(db, city)), stations);
        Map<String, String> assetOf = stations.stream().collect(Collectors.toMap(BikeStation::key,
                s -> StationPoints.asset(s.operator(), s.id())));
        Map<String, Map<PointRole, List<AssetReadings.Step>>> steps = TransactionJdbc.run(em, db -> AssetReadings.steps(db, city,
                assetOf.values(), ROLES, start, end, DayKpiCalculator.HOLDS_FOR));
        List<BikeTrips.CityTrip> exported = trips.started(city, start, end);
        List<EnergyFactor> factors = energyFactors.ofCity(city);
        List<DayKpis> all = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DayWindow window = DayWindow.of(day, zone, now);
            if (!window.end().isAfter(window.start())) {
                break; // a day still to come
            }
            Set<String> hubs = transit.hubs(city, day, Transit.HUB_RADIUS_METRES, Transit.FREQUENT_DEPARTURES_PER_HOUR).stream()
                    .map(MobilityHubs.Hub::station).map(BikeStation::key).collect(Collectors.toSet());
            List<StationDay> days = stations.stream().map(s -> {
                Map<PointRole, List<AssetReadings.Step>> series = steps.getOrDefault(assetOf.get(s.key()), Map.of());
                return new StationDay(s.key(), districtOf.get(s.key()), hubs.contains(s.key()), series(series, PointRole.AVAILABLE_VEHICLE_COUNT),
                        series(series, PointRole.AVAILABLE_DOCK_COUNT), series(series, PointRole.BATTERY_STATE_OF_CHARGE_SENSOR));
            }).toList();
            List<KpiTrip> dayTrips = exported.stream().filter(t -> !t.trip().start().isBefore(window.start()) && t.trip().start().isBefore(window.end()))
                    .map(t -> new KpiTrip(t.operator() + "/" + t.trip().startStation(), t.operator() + "/" + t.trip().endStation(), t.trip().start(),
                            t.trip().metres())).toList();
            Double grid = EnergyFactor.forYear(factors, city, Carrier.ELECTRICITY, day.getYear()).map(EnergyFactor::kgCo2PerKwh).orElse(null);
            all.addAll(DayKpiCalculator.compute(window, days, dayTrips.isEmpty() ? null : dayTrips,
                    new KpiFactors(rebalancingBikes, tripKm, carShare, carKgCo2PerKm, ebikeKwhPerKm, grid)));
        }
        return all;
    }

    /** The factors the KPIs of a city use now, to state beside them. */
    public KpiFactors factors(String city) {
        currentUser.require(Role.VIEWER, city);
        Double grid = EnergyFactor.forYear(energyFactors.ofCity(city), city, Carrier.ELECTRICITY, LocalDate.now().getYear())
                .map(EnergyFactor::kgCo2PerKwh).orElse(null);
        return new KpiFactors(rebalancingBikes, tripKm, carShare, carKgCo2PerKm, ebikeKwhPerKm, grid);
    }

    private static List<StationDay.Step> series(Map<PointRole, List<AssetReadings.Step>> series, PointRole role) {
        return series.getOrDefault(role, List.of()).stream().map(s -> new StationDay.Step(s.at(), s.value())).toList();
    }

}

package eu.sharingcities.lighting.faults;

import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.ingest.CityIngestionStatus;
import eu.sharingcities.ingest.EndpointState;
import eu.sharingcities.ingest.EndpointStatus;
import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.lighting.Lamppost;
import eu.sharingcities.lighting.LightingData;
import eu.sharingcities.lighting.LightingMap;
import eu.sharingcities.lighting.schedule.LampTarget;
import eu.sharingcities.lighting.schedule.LightingPlan;
import eu.sharingcities.lighting.schedule.SolarClock;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.PointRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One moment of a city's monitored lampposts for the fault detector: those whose controller points
 * exist and whose endpoint this instance reads connected (a whole endpoint down is the ingestion's
 * own alarm, not 500 lamp faults; a lamp bound to an asset without points is a configuration gap the
 * map shows). For the platform's own checks (no user): see {@link LightingWatch}.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class LightingFaults {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Ingestion ingestion;

    @Inject
    LightingPlan plan;

    public List<LampReading> readings(String city, Instant now) {
        Set<String> connected = ingestion.status(city).map(CityIngestionStatus::endpoints).orElse(List.of()).stream()
                .filter(e -> e.state() == EndpointState.CONNECTED).map(EndpointStatus::endpointId).collect(Collectors.toSet());
        Map<String, LampTarget> targets = plan.targets(city, now).stream().collect(Collectors.toMap(LampTarget::lamp, Function.identity()));
        return TransactionJdbc.run(em, db -> {
            ZoneId zone = AssetReadings.zone(db, city);
            List<Lamppost> lamps = LightingData.lamps(db, city);
            Map<String, String> endpoints = LightingData.endpoints(db, city, PointRole.ON_OFF_STATUS.written());
            List<String> assets = lamps.stream().map(Lamppost::asset).filter(a -> a != null).toList();
            Map<String, Map<PointRole, AssetReadings.Latest>> values = AssetReadings.latest(db, city, assets, LightingMap.LAMP_ROLES);
            Map<String, Integer> switches = AssetReadings.changes(db, city, assets, PointRole.ON_OFF_STATUS, now.minus(java.time.Duration.ofHours(1)));
            List<LampReading> readings = new ArrayList<>();
            for (Lamppost l : lamps) {
                String endpoint = l.asset() == null ? null : endpoints.get(l.asset());
                if (endpoint == null || !connected.contains(endpoint)) {
                    continue;
                }
                Map<PointRole, AssetReadings.Latest> v = values.getOrDefault(l.asset(), Map.of());
                AssetReadings.Latest on = v.get(PointRole.ON_OFF_STATUS);
                readings.add(new LampReading(l.code(), l.cabinet(), l.ratedW(), targets.get(l.code()).level(), on != null,
                        on == null ? null : on.value() >= 0.5, value(v.get(PointRole.DIMMING_LEVEL_COMMAND)), value(v.get(PointRole.ELECTRICAL_POWER_SENSOR)),
                        v.containsKey(PointRole.FAULT_STATUS) && v.get(PointRole.FAULT_STATUS).value() >= 0.5,
                        new SolarClock(l.latitude(), l.longitude(), zone).elevation(now), switches.getOrDefault(l.asset(), 0)));
            }
            return readings;
        });
    }

    private static Double value(AssetReadings.Latest latest) {
        return latest == null ? null : latest.value();
    }
}

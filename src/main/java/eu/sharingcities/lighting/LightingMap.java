package eu.sharingcities.lighting;

import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.ingest.CityIngestionStatus;
import eu.sharingcities.ingest.EndpointState;
import eu.sharingcities.ingest.EndpointStatus;
import eu.sharingcities.ingest.Ingestion;
import eu.sharingcities.lighting.schedule.NightSchedule;
import eu.sharingcities.lighting.schedule.SolarClock;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.PointRole;
import eu.sharingcities.telemetry.SeriesPoint;
import eu.sharingcities.telemetry.Telemetry;
import eu.sharingcities.text.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A city's lamps as its lighting team sees them: each lamppost's state from its controller's
 * values (by role), the counts per state, and one lamp's live values, tonight's switching and its
 * power over the last day.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class LightingMap {

    /** The roles of a lamp controller's points the map and the lamp's panel read. */
    public static final List<PointRole> LAMP_ROLES = List.of(PointRole.ON_OFF_STATUS, PointRole.DIMMING_LEVEL_COMMAND, PointRole.ELECTRICAL_POWER_SENSOR,
            PointRole.FAULT_STATUS, PointRole.ELECTRICAL_ENERGY_SENSOR);
    private static final Set<EndpointState> REACHABLE = Set.of(EndpointState.CONNECTED, EndpointState.ELSEWHERE);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ingestion ingestion;

    @Inject
    Telemetry telemetry;

    /** A lamp on the map. */
    public record MapLamp(String code, double latitude, double longitude, String street, LampState state, Double level) {
    }

    /** One lamp in full: the inventory's record, its group, its values by role, tonight's switching, its power over a day. */
    public record LampDetail(Lamppost lamp, LightingGroup group, LampState state, Map<PointRole, AssetReadings.Latest> values,
                             List<NightSchedule.Switch> tonight, ZoneId zone, List<SeriesPoint> powerLastDay) {
    }

    public List<MapLamp> lamps(String city) {
        currentUser.require(Role.VIEWER, city);
        Set<String> reachable = reachableEndpoints(city);
        return jdbc(db -> {
            List<Lamppost> lamps = LightingData.lamps(db, city);
            List<String> assets = lamps.stream().map(Lamppost::asset).filter(a -> a != null).toList();
            Map<String, Map<PointRole, AssetReadings.Latest>> values = AssetReadings.latest(db, city, assets, LAMP_ROLES);
            Map<String, String> endpoints = LightingData.endpoints(db, city, PointRole.ON_OFF_STATUS.written());
            return lamps.stream().map(l -> {
                Map<PointRole, AssetReadings.Latest> v = l.asset() == null ? null : values.get(l.asset());
                LampState state = LampState.of(v, l.asset() != null && reachable.contains(endpoints.get(l.asset())));
                AssetReadings.Latest level = v == null ? null : v.get(PointRole.DIMMING_LEVEL_COMMAND);
                return new MapLamp(l.code(), l.latitude(), l.longitude(), l.street(), state, level == null ? null : level.value());
            }).toList();
        });
    }

    /** The lamps as the map draws them, compact for 3,000 lamps: {"lamps": [[code, latitude, longitude, state, level|null], ...]}. */
    public String lampsJson(String city) {
        return json(lamps(city));
    }

    public static String json(List<MapLamp> lamps) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (MapLamp l : lamps) {
            JsonArrayBuilder row = Json.createArrayBuilder().add(l.code()).add(l.latitude()).add(l.longitude()).add(l.state().written());
            if (l.level() == null) {
                row.addNull();
            } else {
                row.add(Math.round(l.level()));
            }
            rows.add(row);
        }
        return Json.createObjectBuilder().add("lamps", rows).build().toString();
    }

    public Map<LampState, Long> counts(List<MapLamp> lamps) {
        Map<LampState, Long> counts = new EnumMap<>(LampState.class);
        for (LampState s : LampState.values()) {
            counts.put(s, 0L);
        }
        counts.putAll(lamps.stream().collect(Collectors.groupingBy(MapLamp::state, Collectors.counting())));
        return counts;
    }

    public LampDetail lamp(String city, String code) {
        currentUser.require(Role.VIEWER, city);
        Set<String> reachable = reachableEndpoints(city);
        return jdbc(db -> {
            Lamppost lamp = LightingData.lamps(db, city).stream().filter(l -> l.code().equals(code)).findFirst()
                    .orElseThrow(() -> new NotFound(city + " has no lamppost '" + code + "'."));
            LightingGroup group = LightingData.groups(db, city).stream().filter(g -> g.code().equals(lamp.group())).findFirst().orElseThrow();
            Map<PointRole, AssetReadings.Latest> values = lamp.asset() == null ? Map.of()
                    : AssetReadings.latest(db, city, lamp.asset(), LAMP_ROLES);
            boolean connected = lamp.asset() != null
                    && reachable.contains(LightingData.endpoints(db, city, PointRole.ON_OFF_STATUS.written()).get(lamp.asset()));
            ZoneId zone = AssetReadings.zone(db, city);
            SolarClock clock = new SolarClock(lamp.latitude(), lamp.longitude(), zone);
            Instant now = Instant.now();
            LocalDate evening = clock.nightAt(now, group.schedule().angle()).map(SolarClock.Night::evening).orElse(now.atZone(zone).toLocalDate());
            AssetReadings.Latest power = values.get(PointRole.ELECTRICAL_POWER_SENSOR);
            List<SeriesPoint> powerLastDay = power == null ? List.of() : telemetry.series(power.pointId(), now.minus(Duration.ofDays(1)), now);
            return new LampDetail(lamp, group, LampState.of(values, connected), values, group.schedule().switches(clock, evening), zone, powerLastDay);
        });
    }

    private Set<String> reachableEndpoints(String city) {
        return ingestion.status(city).map(CityIngestionStatus::endpoints).orElse(List.of()).stream()
                .filter(e -> REACHABLE.contains(e.state())).map(EndpointStatus::endpointId).collect(Collectors.toSet());
    }

    private <T> T jdbc(TransactionJdbc.Work<T> work) {
        return TransactionJdbc.run(em, work);
    }
}

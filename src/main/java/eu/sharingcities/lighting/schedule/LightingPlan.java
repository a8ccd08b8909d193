package eu.sharingcities.lighting.schedule;

import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.lighting.Lamppost;
import eu.sharingcities.lighting.LightingData;
import eu.sharingcities.lighting.LightingGroup;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every lamppost's level now: its group's night schedule on the astronomical clock at the group's
 * centre, unless an override holds it (a lamp's own before its group's, the newest first).
 */
@ApplicationScoped
@Transactional
@CityScoped
public class LightingPlan {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public List<LampTarget> targets(String city, Instant now) {
        if (!CurrentUser.isSystem()) {
            currentUser.require(Role.VIEWER, city);
        }
        return TransactionJdbc.run(em, db -> {
            List<Lamppost> lamps = LightingData.lamps(db, city);
            Map<String, LightingGroup> groups = LightingData.groups(db, city).stream().collect(Collectors.toMap(LightingGroup::code, g -> g));
            ZoneId zone = AssetReadings.zone(db, city);
            Map<String, Integer> scheduled = new HashMap<>();
            lamps.stream().collect(Collectors.groupingBy(Lamppost::group)).forEach((group, members) -> {
                SolarClock clock = new SolarClock(members.stream().mapToDouble(Lamppost::latitude).average().orElseThrow(),
                        members.stream().mapToDouble(Lamppost::longitude).average().orElseThrow(), zone);
                scheduled.put(group, groups.get(group).schedule().levelAt(clock, now));
            });
            List<LightingOverride> overrides = OverrideData.current(db, city);
            Map<String, LightingData.DimPoint> points = LightingData.dimPoints(db, city, PointRole.DIMMING_LEVEL_COMMAND.written());
            Map<String, Map<PointRole, AssetReadings.Latest>> reported = AssetReadings.latest(db, city,
                    lamps.stream().map(Lamppost::asset).filter(a -> a != null).toList(), List.of(PointRole.DIMMING_LEVEL_COMMAND, PointRole.ON_OFF_STATUS));
            List<LampTarget> targets = new ArrayList<>();
            for (Lamppost lamp : lamps) {
                Optional<LightingOverride> own = first(overrides, LightingOverride.Target.LAMP, lamp.code());
                Optional<LightingOverride> group = first(overrides, LightingOverride.Target.GROUP, lamp.group());
                LampTarget.Source source = own.isPresent() ? LampTarget.Source.LAMP_OVERRIDE
                        : group.isPresent() ? LampTarget.Source.GROUP_OVERRIDE : LampTarget.Source.SCHEDULE;
                int level = own.or(() -> group).map(LightingOverride::level).orElse(scheduled.get(lamp.group()));
                LightingData.DimPoint point = points.get(lamp.code());
                Map<PointRole, AssetReadings.Latest> values = lamp.asset() == null ? Map.of() : reported.getOrDefault(lamp.asset(), Map.of());
                AssetReadings.Latest latest = values.get(PointRole.DIMMING_LEVEL_COMMAND);
                AssetReadings.Latest on = values.get(PointRole.ON_OFF_STATUS);
                targets.add(new LampTarget(lamp.code(), lamp.group(), point == null ? null : point.point(), point == null ? null : point.endpoint(),
                        level, source, latest == null ? null : latest.value(), on == null ? null : on.value() >= 0.5));
            }
            return targets;
        });
    }

    private static Optional<LightingOverride> first(List<LightingOverride> overrides, LightingOverride.Target target, String code) {
        return overrides.stream().filter(o -> o.target() == target && o.code().equals(code)).findFirst();
    }
}

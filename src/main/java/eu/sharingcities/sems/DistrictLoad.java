package eu.sharingcities.sems;

import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.PointGroups;
import eu.sharingcities.telemetry.PointRole;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The district's heat load per 15-minute interval of each local day, from the 15-minute rollups of
 * its buildings' heat power: an interval without a sample (values arrive by exception) holds the
 * building's last value for up to two hours; an interval where a building has none is not measured
 * (NaN). The heat power is each registered building's point with the role Thermal_Power_Sensor.
 */
final class DistrictLoad {

    static final Duration LONGEST_HOLD = Duration.ofHours(2);
    /** The point group of the district's heat power, whose rollup serves long-range load charts. */
    static final String GROUP = "sems-district-heat-power";
    private static final Duration INTERVAL = Duration.ofMinutes(15);

    private DistrictLoad() {
    }

    /** Local day → 96 kW (NaN where not measured), for the days from {@code from} up to and including {@code to}. */
    static Map<LocalDate, double[]> profiles(Connection db, String city, ZoneId zone, LocalDate from, LocalDate to) throws SQLException {
        Map<Integer, TreeMap<Instant, double[]>> byPoint = AssetReadings.quarterHours(db, city, DistrictBuildings.of(db, city).assets(),
                PointRole.THERMAL_POWER_SENSOR, from.atStartOfDay(zone).toInstant().minus(LONGEST_HOLD), to.plusDays(1).atStartOfDay(zone).toInstant());
        return profiles(List.copyOf(byPoint.values()), zone, from, to);
    }

    /** Keeps the district's point group to its buildings' heat power points, as they are bound now. */
    static void keepGroup(Connection db, String city) throws SQLException {
        PointGroups.define(db, city, GROUP, DistrictBuildings.of(db, city).assets(), PointRole.THERMAL_POWER_SENSOR);
    }

    /** The same from each building's buckets (start → mean, last value). */
    static Map<LocalDate, double[]> profiles(List<TreeMap<Instant, double[]>> buildings, ZoneId zone, LocalDate from, LocalDate to) {
        Map<LocalDate, double[]> profiles = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            double[] profile = new double[CustomerBaseline.INTERVALS];
            Arrays.fill(profile, buildings.isEmpty() ? Double.NaN : 0);
            for (int i = 0; i < CustomerBaseline.INTERVALS; i++) {
                Instant start = day.atStartOfDay(zone).plus(INTERVAL.multipliedBy(i)).toInstant();
                for (TreeMap<Instant, double[]> building : buildings) {
                    double[] own = building.get(start);
                    Map.Entry<Instant, double[]> before = building.lowerEntry(start);
                    double kw = own != null ? own[0]
                            : before != null && Duration.between(before.getKey(), start).compareTo(LONGEST_HOLD) <= 0 ? before.getValue()[1] : Double.NaN;
                    profile[i] += kw;
                }
            }
            profiles.put(day, profile);
        }
        return profiles;
    }

    /** The interval of the day an instant falls in. */
    static int interval(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return (local.getHour() * 60 + local.getMinute()) / 15;
    }
}

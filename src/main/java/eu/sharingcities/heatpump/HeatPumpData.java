package eu.sharingcities.heatpump;

import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.CounterDays;
import eu.sharingcities.telemetry.PointRole;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a heat pump's measures from its asset's points, by role ({@link HeatPumpMeasure}): its
 * latest values, and its days from the daily rollups (its counters' days by {@link CounterDays}),
 * through {@link AssetReadings}. Runs on the caller's connection, so row-level security applies.
 */
final class HeatPumpData {

    private HeatPumpData() {
    }

    static List<HeatPump> heatPumps(Connection db, String city, String code) throws SQLException {
        List<HeatPump> pumps = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                select id, city_code, code, name, dwellings, licence_reference, max_abstraction_m3_per_day, max_discharge_delta_k, asset
                from heat_pump where (city_code = ? or ? is null) and (code = ? or ? is null) order by city_code, code""")) {
            st.setString(1, city);
            st.setString(2, city);
            st.setString(3, code);
            st.setString(4, code);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    pumps.add(new HeatPump(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                            (Double) rs.getObject(7), (Double) rs.getObject(8), rs.getString(9)));
                }
            }
        }
        return pumps;
    }

    /** The newest value of each measure and counter, by the measure's key. */
    static Map<String, Double> latest(Connection db, HeatPump hp) throws SQLException {
        Map<String, Double> values = new HashMap<>();
        if (hp.asset() == null) {
            return values;
        }
        Map<PointRole, AssetReadings.Latest> byRole = AssetReadings.latest(db, hp.cityCode(), hp.asset(), HeatPumpMeasure.roles());
        for (HeatPumpMeasure measure : HeatPumpMeasure.values()) {
            AssetReadings.Latest latest = byRole.get(measure.role);
            if (latest != null) {
                values.put(measure.key, latest.value());
            }
        }
        return values;
    }

    /** The heat pump's local days from {@code from}, oldest first (today's so far included). */
    static List<HeatPumpDay> days(Connection db, HeatPump hp, Instant from) throws SQLException {
        if (hp.asset() == null) {
            return List.of();
        }
        // the day before the first, for its counters
        Map<PointRole, TreeMap<LocalDate, AssetReadings.Day>> byRole = AssetReadings.days(db, hp.cityCode(), hp.asset(), HeatPumpMeasure.roles(),
                from.minusSeconds(2 * 86_400));
        Map<HeatPumpMeasure, NavigableMap<LocalDate, Double>> counted = new EnumMap<>(HeatPumpMeasure.class);
        for (HeatPumpMeasure counter : List.of(HeatPumpMeasure.HEAT_METER, HeatPumpMeasure.ELECTRICITY_METER, HeatPumpMeasure.SOURCE_PUMP_METER,
                HeatPumpMeasure.RIVER_VOLUME_METER)) {
            TreeMap<LocalDate, Double> dayEnds = new TreeMap<>();
            byRole.getOrDefault(counter.role, new TreeMap<>()).forEach((day, values) -> dayEnds.put(day, values.last()));
            counted.put(counter, CounterDays.counted(dayEnds));
        }
        LocalDate first = from.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        List<HeatPumpDay> days = new ArrayList<>();
        for (LocalDate day : byRole.getOrDefault(HeatPumpMeasure.HEAT_METER.role, new TreeMap<>()).keySet()) {
            if (day.isBefore(first)) {
                continue;
            }
            days.add(new HeatPumpDay(day, used(counted, HeatPumpMeasure.HEAT_METER, day), used(counted, HeatPumpMeasure.ELECTRICITY_METER, day),
                    used(counted, HeatPumpMeasure.SOURCE_PUMP_METER, day), used(counted, HeatPumpMeasure.RIVER_VOLUME_METER, day),
                    dayValue(byRole, HeatPumpMeasure.DISCHARGE_DELTA, day).map(AssetReadings.Day::maximum).orElse(Double.NaN),
                    dayValue(byRole, HeatPumpMeasure.RIVER_TEMPERATURE, day).map(AssetReadings.Day::mean).orElse(Double.NaN)));
        }
        return days;
    }

    private static double used(Map<HeatPumpMeasure, NavigableMap<LocalDate, Double>> counted, HeatPumpMeasure counter, LocalDate day) {
        return counted.get(counter).getOrDefault(day, Double.NaN);
    }

    private static Optional<AssetReadings.Day> dayValue(Map<PointRole, TreeMap<LocalDate, AssetReadings.Day>> byRole, HeatPumpMeasure measure,
                                                        LocalDate day) {
        return Optional.ofNullable(byRole.getOrDefault(measure.role, new TreeMap<>()).get(day));
    }
}

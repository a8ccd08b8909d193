package eu.sharingcities.mobility.history;

import eu.sharingcities.ingest.Reading;
import eu.sharingcities.mobility.feeds.GbfsData;
import eu.sharingcities.telemetry.PointRole;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what an operator's feed says into readings of its stations' points: a value when it
 * changed, and at least every {@link #HEARTBEAT} while it does not, so a chart shows a station
 * that stays empty and a gap shows a feed that stopped. A station's counts are read at the time it
 * last reported; the e-bikes' charge at the time the vehicles were read.
 */
final class StationReadings {

    static final Duration HEARTBEAT = Duration.ofMinutes(15);

    private record Last(long micros, double value) {
    }

    private final Map<Integer, Last> last = new HashMap<>();

    /** The readings that {@code stations} (null: not read this time) and {@code vehicles} (null: same) make, read at {@code now}. */
    synchronized List<Reading> of(Map<StationPoints.Key, Integer> points, List<GbfsData.Station> stations, List<GbfsData.Vehicle> vehicles,
                                  Instant now) {
        List<Reading> readings = new ArrayList<>();
        if (stations != null) {
            for (GbfsData.Station s : stations) {
                Instant at = s.lastReported() == null ? now : s.lastReported();
                add(readings, points.get(new StationPoints.Key(s.id(), PointRole.AVAILABLE_VEHICLE_COUNT)), at, s.vehiclesAvailable(), now);
                add(readings, points.get(new StationPoints.Key(s.id(), PointRole.AVAILABLE_DOCK_COUNT)), at, s.docksAvailable(), now);
            }
        }
        if (vehicles != null) {
            meanCharge(vehicles).forEach((station, percent) ->
                    add(readings, points.get(new StationPoints.Key(station, PointRole.BATTERY_STATE_OF_CHARGE_SENSOR)), now, percent, now));
        }
        return readings;
    }

    /** Mean charge (%) of the e-bikes ready to rent at each station, of those whose charge the feed gives. */
    static Map<String, Double> meanCharge(List<GbfsData.Vehicle> vehicles) {
        Map<String, double[]> sums = new HashMap<>();
        for (GbfsData.Vehicle v : vehicles) {
            if (v.stationId() != null && v.fuel() != null && !v.disabled() && !v.reserved()) {
                double[] sum = sums.computeIfAbsent(v.stationId(), k -> new double[2]);
                sum[0] += v.fuel() * 100;
                sum[1]++;
            }
        }
        Map<String, Double> means = new HashMap<>();
        sums.forEach((station, sum) -> means.put(station, sum[0] / sum[1]));
        return means;
    }

    private void add(List<Reading> readings, Integer point, Instant at, Number value, Instant now) {
        if (point == null || value == null) {
            return;
        }
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        long nowMicros = ChronoUnit.MICROS.between(Instant.EPOCH, now);
        double v = value.doubleValue();
        Last before = last.get(point);
        if (before != null && before.value() == v) {
            if (nowMicros - before.micros() < HEARTBEAT.toNanos() / 1000) {
                return;
            }
            micros = nowMicros; // unchanged, as read now: many operators report a station only when it changes
        } else if (before != null && micros <= before.micros()) {
            micros = Math.max(nowMicros, before.micros() + 1); // changed, though the feed says it reported no later than last time
        }
        last.put(point, new Last(micros, v));
        readings.add(new Reading(point, micros, v, 0));
    }
}

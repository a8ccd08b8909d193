package eu.sharingcities.mobility.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * A day's KPIs from the stations' readings and, where the operator exports them, its trips
 * (method and factors: docs/mobility.md, "KPIs"). A reading holds until the next one, but no
 * longer than {@link #HOLDS_FOR}: a station whose feed went quiet is not counted as empty or full
 * for the hours nobody saw it.
 */
public final class DayKpiCalculator {

    /** Four of the history's 15-minute heartbeats missed: the station's state is unknown. */
    static final Duration HOLDS_FOR = Duration.ofHours(1);

    private DayKpiCalculator() {
    }

    /** The day's KPIs for the city (first, district null) and each district with stations, by name; {@code trips} null: derive them. */
    public static List<DayKpis> compute(DayWindow window, List<StationDay> stations, List<KpiTrip> trips, KpiFactors factors) {
        Map<String, List<StationDay>> byDistrict = new LinkedHashMap<>();
        stations.stream().filter(s -> s.district() != null).sorted(java.util.Comparator.comparing(StationDay::district))
                .forEach(s -> byDistrict.computeIfAbsent(s.district(), d -> new ArrayList<>()).add(s));
        Map<String, StationDay> byId = new java.util.HashMap<>();
        stations.forEach(s -> byId.put(s.stationId(), s));
        List<DayKpis> all = new ArrayList<>();
        all.add(area(window, null, stations, trips, byId, factors));
        byDistrict.forEach((district, in) -> all.add(area(window, district, in,
                trips == null ? null : trips.stream().filter(t -> byId.containsKey(t.startStation())
                        && district.equals(byId.get(t.startStation()).district())).toList(), byId, factors)));
        return all;
    }

    private static DayKpis area(DayWindow window, String district, List<StationDay> stations, List<KpiTrip> trips, Map<String, StationDay> byId,
                                KpiFactors factors) {
        Changes changes = new Changes();
        Time empty = new Time();
        Time full = new Time();
        Time hubBikes = new Time();
        Time hubDocks = new Time();
        Weighted charge = new Weighted();
        for (StationDay s : stations) {
            changes.add(window, s, factors.rebalancingBikes());
            empty.add(s.bikes(), window.start(), window.end(), v -> v == 0);
            full.add(s.docks(), window.start(), window.end(), v -> v == 0);
            if (s.hub()) {
                for (DayWindow.Interval peak : window.peaks()) {
                    hubBikes.add(s.bikes(), peak.from(), peak.to(), v -> v >= 1);
                    hubDocks.add(s.docks(), peak.from(), peak.to(), v -> v >= 1);
                }
            }
            charge.add(s.charge(), window.start(), window.end());
        }
        long tripCount;
        Double share;
        double bikeKm;
        if (trips != null) {
            List<KpiTrip> today = trips.stream().filter(t -> !t.start().isBefore(window.start()) && t.start().isBefore(window.end())).toList();
            tripCount = today.size();
            long atHubs = today.stream().filter(t -> hub(byId, t.startStation()) || hub(byId, t.endStation())).count();
            share = tripCount == 0 ? null : (double) atHubs / tripCount;
            bikeKm = today.stream().mapToDouble(t -> t.metres() == null ? factors.tripKm() : t.metres() / 1000).sum();
        } else {
            tripCount = changes.departures;
            long ends = changes.departures + changes.arrivals;
            share = ends == 0 ? null : (double) changes.endsAtHubs / ends;
            bikeKm = tripCount * factors.tripKm();
        }
        double carKm = bikeKm * factors.carShare();
        double charging = factors.gridKgCo2PerKwh() == null ? 0 : bikeKm * factors.ebikeKwhPerKm() * factors.gridKgCo2PerKwh();
        return new DayKpis(window.day(), district, trips != null, tripCount, changes.rebalanced, empty.hours(), share, hubBikes.share(),
                hubDocks.share(),
                empty.minutes(), full.minutes(), charge.mean(), bikeKm, carKm, carKm * factors.carKgCo2PerKm() - charging);
    }

    private static boolean hub(Map<String, StationDay> byId, String station) {
        StationDay s = byId.get(station);
        return s != null && s.hub();
    }

    /** Bikes leaving and arriving between consecutive readings within the day; a jump of the van's size is rebalancing. */
    private static final class Changes {
        long departures;
        long arrivals;
        long endsAtHubs;
        long rebalanced;

        void add(DayWindow window, StationDay s, int rebalancingBikes) {
            List<StationDay.Step> bikes = s.bikes();
            for (int i = 1; i < bikes.size(); i++) {
                Instant at = bikes.get(i).at();
                if (at.isBefore(window.start()) || !at.isBefore(window.end())) {
                    continue;
                }
                long delta = Math.round(bikes.get(i).value() - bikes.get(i - 1).value());
                if (Math.abs(delta) >= rebalancingBikes) {
                    rebalanced += Math.abs(delta);
                } else {
                    departures += Math.max(0, -delta);
                    arrivals += Math.max(0, delta);
                    if (s.hub()) {
                        endsAtHubs += Math.abs(delta);
                    }
                }
            }
        }
    }

    /** How long a series held a value passing a test, of the time it was known: each step from its time to the next (at most HOLDS_FOR). */
    private static final class Time {
        Duration known = Duration.ZERO;
        Duration passing = Duration.ZERO;

        void add(List<StationDay.Step> steps, Instant from, Instant to, DoublePredicate test) {
            forEachHeld(steps, from, to, (value, held) -> {
                known = known.plus(held);
                if (test.test(value)) {
                    passing = passing.plus(held);
                }
            });
        }

        double minutes() {
            return passing.toMillis() / 60_000.0;
        }

        double hours() {
            return known.toMillis() / 3_600_000.0;
        }

        Double share() {
            return known.isZero() ? null : (double) passing.toMillis() / known.toMillis();
        }
    }

    /** A time-weighted mean over the stations' series. */
    private static final class Weighted {
        double sum;
        long millis;

        void add(List<StationDay.Step> steps, Instant from, Instant to) {
            forEachHeld(steps, from, to, (value, held) -> {
                sum += value * held.toMillis();
                millis += held.toMillis();
            });
        }

        Double mean() {
            return millis == 0 ? null : sum / millis;
        }
    }

    private interface Held {
        void accept(double value, Duration held);
    }

    /** Each step's value with how long it held within [from, to). */
    private static void forEachHeld(List<StationDay.Step> steps, Instant from, Instant to, Held held) {
        for (int i = 0; i < steps.size(); i++) {
            Instant start = steps.get(i).at();
            Instant next = i + 1 < steps.size() ? steps.get(i + 1).at() : to;
            Instant stale = start.plus(HOLDS_FOR);
            Instant end = next.isBefore(stale) ? next : stale;
            Duration d = new DayWindow.Interval(from, to).overlap(start, end);
            if (!d.isZero()) {
                held.accept(steps.get(i).value(), d);
            }
        }
    }
}

package eu.sharingcities.simulator.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A docked e-bike scheme in a city's district, as an operator's back end sees it: stations at the
 * crossings of the district's streets (then along them), e-bikes with a battery, rentals that
 * follow the day's demand (peaks at 08:00 and 18:00), rides along the streets (east–west, then
 * north–south) at 15 km/h, returns to the nearest station with a free dock, batteries charged while
 * docked, and a van that rebalances every half hour. A bike gets a new random id after every trip,
 * as GBFS asks operators to publish it (vehicle_status.json, privacy). Deterministic for a seed.
 * Not thread-safe: its server steps and reads it under one lock.
 */
public final class BikeShareModel {

    static final double SPEED_METRES_PER_SECOND = 15 / 3.6;
    static final double RANGE_METRES = 60_000;
    static final double CHARGE_PER_HOUR = 0.25;
    static final Duration REBALANCE_EVERY = Duration.ofMinutes(30);

    /** A docking station: where, how many docks. */
    public record Station(String id, String name, double latitude, double longitude, int capacity) {
    }

    /** An e-bike now: at a station or riding (station null), its battery 0..1. */
    public static final class Bike {
        private String id;
        private String stationId;
        private double latitude;
        private double longitude;
        private double battery;
        private boolean disabled;
        private Instant lastReported;
        private Ride ride;

        public String id() {
            return id;
        }

        public String stationId() {
            return stationId;
        }

        public double latitude() {
            return latitude;
        }

        public double longitude() {
            return longitude;
        }

        public double battery() {
            return battery;
        }

        public boolean disabled() {
            return disabled;
        }

        public boolean riding() {
            return ride != null;
        }

        public Instant lastReported() {
            return lastReported;
        }
    }

    /** A trip as the operator's export lists it (bike ids are the ones it had while riding). */
    public record Trip(String bikeId, String fromStation, String toStation, Instant start, Instant end, double metres) {
    }

    private record Ride(Station from, Station to, Instant start, double metres, Instant end) {
    }

    private final DistrictGrid grid;
    private final ZoneId zone;
    private final long seed;
    private final List<Station> stations = new ArrayList<>();
    private final List<Bike> bikes = new ArrayList<>();
    private final List<Trip> trips = new ArrayList<>();
    private long step;
    private long idCounter;
    private final Instant started;
    private Instant lastRebalance;
    private Instant updated;

    public BikeShareModel(DistrictGrid grid, ZoneId zone, int stationCount, long seed, Instant now) {
        this.grid = grid;
        this.zone = zone;
        this.seed = seed;
        for (int k = 0; k < stationCount; k++) {
            stations.add(station(k));
        }
        for (Station s : stations) {
            int docked = s.capacity() / 2 + (int) (Noise.uniform(seed, 7000 + stations.indexOf(s), 0) * 3);
            for (int i = 0; i < docked; i++) {
                Bike bike = new Bike();
                bike.id = newId();
                bike.stationId = s.id();
                bike.latitude = s.latitude();
                bike.longitude = s.longitude();
                bike.battery = 0.3 + 0.7 * Noise.uniform(seed, 8000 + bikes.size(), 0);
                bike.lastReported = now;
                bikes.add(bike);
            }
        }
        started = now;
        lastRebalance = now;
        updated = now;
    }

    /** Station k: the first 36 at the crossings of the district's six east–west and six north–south streets, the rest along them. */
    private Station station(int k) {
        List<String> streets = grid.streets();
        int capacity = 12 + (int) (Noise.uniform(seed, 6000 + k, 0) * 9);
        String id = grid.city().substring(0, 3) + "-" + (k + 1);
        if (k < 36) {
            int eastWest = 2 * (k / 6);
            int northSouth = 2 * (k % 6) + 1;
            double[] at = grid.crossing(eastWest, northSouth);
            return new Station(id, streets.get(eastWest) + " / " + streets.get(northSouth), at[0], at[1], capacity);
        }
        int s = k % streets.size();
        int n = (k - 36) / streets.size();
        double along = ((n % 20) - 9.5) * 60 / DistrictGrid.METRES_PER_DEGREE_LATITUDE; // every 60 m, both ways from the centre
        double latitude = DistrictGrid.eastWest(s) ? grid.latitude() + DistrictGrid.across(s) : grid.latitude() + along;
        double longitude = DistrictGrid.eastWest(s) ? grid.longitude() + along * DistrictGrid.LONGITUDE_STRETCH : grid.longitude() + DistrictGrid.across(s);
        return new Station(id, streets.get(s) + " " + (n + 1), latitude + (n / 20) * 0.0001, longitude, capacity);
    }

    /** Moves the scheme on to {@code at}: rides end, new ones start by the hour's demand, docked batteries charge, the van rebalances. */
    public void step(Instant at) {
        Duration dt = Duration.between(updated, at);
        if (dt.isNegative() || dt.isZero()) {
            return;
        }
        step++;
        double hours = dt.toMillis() / 3_600_000.0;
        for (Bike bike : bikes) {
            if (bike.ride != null) {
                ride(bike, at);
            } else if (bike.battery < 1) {
                bike.battery = Math.min(1, bike.battery + CHARGE_PER_HOUR * hours);
            }
        }
        double perStation = demandPerStationHour(at) * hours;
        for (int i = 0; i < stations.size(); i++) {
            if (Noise.uniform(seed, 10_000 + i, step) < perStation) {
                rent(stations.get(i), at, i);
            }
        }
        if (!at.isBefore(lastRebalance.plus(REBALANCE_EVERY))) {
            rebalance(at);
            lastRebalance = at;
        }
        updated = at;
    }

    /** Rentals per station and hour: a base by night, commuting peaks at 08:00 and 18:00 in the city's time. */
    static double demandPerStationHour(Instant at, ZoneId zone) {
        double hour = at.atZone(zone).getHour() + at.atZone(zone).getMinute() / 60.0;
        return 0.2 + 2.0 * Math.exp(-Math.pow(hour - 8, 2) / 2) + 2.5 * Math.exp(-Math.pow(hour - 18, 2) / 3) + (hour > 10 && hour < 16 ? 0.8 : 0);
    }

    private double demandPerStationHour(Instant at) {
        return demandPerStationHour(at, zone);
    }

    private void rent(Station from, Instant at, int channel) {
        Bike bike = bikes.stream().filter(b -> from.id().equals(b.stationId) && !b.disabled && b.battery > 0.15).findFirst().orElse(null);
        if (bike == null) {
            return; // nothing to rent here: an empty-station minute the platform will count
        }
        Station to = stations.get((int) (Noise.uniform(seed, 20_000 + channel, step) * stations.size()));
        double metres = Math.max(300, distance(from, to));
        bike.stationId = null;
        bike.id = newId();
        bike.ride = new Ride(from, to, at, metres, at.plusMillis((long) (metres / SPEED_METRES_PER_SECOND * 1000)));
        bike.lastReported = at;
    }

    private void ride(Bike bike, Instant at) {
        Ride r = bike.ride;
        if (at.isBefore(r.end())) { // along the east–west street first, then the north–south one
            double share = Duration.between(r.start(), at).toMillis() / (double) Duration.between(r.start(), r.end()).toMillis();
            double firstLeg = Math.min(1, share * 2);
            double secondLeg = Math.max(0, share * 2 - 1);
            bike.latitude = r.from().latitude() + (r.to().latitude() - r.from().latitude()) * secondLeg;
            bike.longitude = r.from().longitude() + (r.to().longitude() - r.from().longitude()) * firstLeg;
            bike.lastReported = at;
            return;
        }
        Station dock = r.to();
        if (docked(dock) >= dock.capacity()) { // full: the nearest with a free dock
            dock = stations.stream().filter(s -> docked(s) < s.capacity()).min((a, b) -> Double.compare(distance(r.to(), a), distance(r.to(), b)))
                    .orElse(r.to());
        }
        bike.battery = Math.max(0, bike.battery - r.metres() / RANGE_METRES);
        bike.stationId = dock.id();
        bike.latitude = dock.latitude();
        bike.longitude = dock.longitude();
        bike.lastReported = r.end();
        trips.add(new Trip(bike.id, r.from().id(), dock.id(), r.start(), r.end(), r.metres()));
        bike.ride = null;
        bike.id = newId();
    }

    /** The van: from stations more than 80 % full to those less than 20 % full, one bike at a time. */
    private void rebalance(Instant at) {
        Map<String, Integer> counts = new HashMap<>();
        stations.forEach(s -> counts.put(s.id(), docked(s)));
        List<Station> full = stations.stream().filter(s -> counts.get(s.id()) > 0.8 * s.capacity()).toList();
        List<Station> empty = new ArrayList<>(stations.stream().filter(s -> counts.get(s.id()) < 0.2 * s.capacity()).toList());
        for (Station source : full) {
            for (Bike bike : bikes) {
                if (empty.isEmpty()) {
                    return;
                }
                if (source.id().equals(bike.stationId) && counts.get(source.id()) > 0.5 * source.capacity()) {
                    Station target = empty.getFirst();
                    bike.stationId = target.id();
                    bike.latitude = target.latitude();
                    bike.longitude = target.longitude();
                    bike.lastReported = at;
                    counts.merge(source.id(), -1, Integer::sum);
                    counts.merge(target.id(), 1, Integer::sum);
                    if (counts.get(target.id()) >= 0.5 * target.capacity()) {
                        empty.removeFirst();
                    }
                }
            }
        }
    }

    public int docked(Station s) {
        int n = 0;
        for (Bike b : bikes) {
            if (s.id().equals(b.stationId)) {
                n++;
            }
        }
        return n;
    }

    /** Disables (true) or repairs a bike, as a test or an operator would. */
    public void disable(int bikeIndex, boolean disabled) {
        bikes.get(bikeIndex).disabled = disabled;
    }

    private String newId() {
        idCounter++;
        return Long.toHexString(Double.doubleToLongBits(Noise.uniform(seed, 30_000, idCounter))) + Long.toHexString(idCounter);
    }

    private static double distance(Station a, Station b) {
        double dLat = (a.latitude() - b.latitude()) * DistrictGrid.METRES_PER_DEGREE_LATITUDE;
        double dLon = (a.longitude() - b.longitude()) * DistrictGrid.METRES_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(a.latitude()));
        return Math.abs(dLat) + Math.abs(dLon); // along the grid's streets
    }

    public String city() {
        return grid.city();
    }

    public ZoneId zone() {
        return zone;
    }

    public List<Station> stations() {
        return Collections.unmodifiableList(stations);
    }

    public List<Bike> bikes() {
        return Collections.unmodifiableList(bikes);
    }

    /** Trips ended since the scheme started, oldest first. */
    public List<Trip> trips() {
        return Collections.unmodifiableList(trips);
    }

    /** When the scheme's stations and prices were last changed: since it started. */
    public Instant started() {
        return started;
    }

    /** When its bikes were last moved on. */
    public Instant updated() {
        return updated;
    }
}

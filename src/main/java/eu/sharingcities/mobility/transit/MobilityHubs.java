package eu.sharingcities.mobility.transit;

import eu.sharingcities.mobility.BikeStation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Mobility hubs: bike stations within walking distance of a frequent public transport stop. A
 * station's hub is its nearest stop within {@code radiusMetres} (straight-line, on the map) whose
 * busiest hour of the day has at least {@code minDeparturesPerHour}; its score is that hour's
 * departures × the station's share of docks holding a bike now (transit frequency × bike
 * availability), so a frequent stop next to an empty station scores low.
 */
public final class MobilityHubs {

    static final double EARTH_RADIUS_METRES = 6_371_008.8; // the mean radius (IUGG)

    private MobilityHubs() {
    }

    /** A station and the stop that makes it a hub. */
    public record Hub(BikeStation station, TransitStop stop, double metres, int peakDepartures, double availability, double score) {
    }

    private record Near(TransitStop stop, double metres) {
    }

    public static List<Hub> find(List<BikeStation> stations, List<TransitStop> stops, double radiusMetres, int minDeparturesPerHour) {
        List<Hub> hubs = new ArrayList<>();
        for (BikeStation station : stations) {
            stops.stream().filter(s -> s.peakDepartures() >= minDeparturesPerHour)
                    .map(s -> new Near(s, metres(station.latitude(), station.longitude(), s.latitude(), s.longitude())))
                    .filter(n -> n.metres() <= radiusMetres).min(Comparator.comparingDouble(Near::metres)).ifPresent(near -> {
                        double availability = station.capacity() == null || station.capacity() == 0 || station.vehiclesAvailable() == null ? 0
                                : Math.min(1, station.vehiclesAvailable() / (double) station.capacity());
                        int peak = near.stop().peakDepartures();
                        hubs.add(new Hub(station, near.stop(), near.metres(), peak, availability, peak * availability));
                    });
        }
        hubs.sort(Comparator.comparingDouble(Hub::score).reversed());
        return hubs;
    }

    /** Great-circle distance (haversine) in metres. */
    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(a));
    }
}

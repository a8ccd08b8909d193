package eu.sharingcities.mobility.gtfs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often public transport leaves each stop, per hour of a day: the departures of the trips whose
 * service runs that day (calendar.txt with calendar_dates.txt's exceptions), leaving out each trip's
 * last stop, where it only arrives. A departure after midnight of the service day (25:10:00) counts
 * in its hour of the clock (01).
 */
public final class ServiceFrequency {

    private ServiceFrequency() {
    }

    /** Per stop, departures per hour (0–23) on {@code date}. */
    public static Map<String, int[]> perStopAndHour(GtfsFeed feed, LocalDate date) {
        Map<String, Boolean> runs = new HashMap<>();
        Map<String, Integer> lastStop = new HashMap<>();
        feed.stopTimes().forEach(t -> lastStop.merge(t.tripId(), t.sequence(), Math::max));
        Map<String, int[]> departures = new TreeMap<>();
        for (GtfsFeed.StopTime t : feed.stopTimes()) {
            GtfsFeed.Trip trip = feed.trips().get(t.tripId());
            boolean running = runs.computeIfAbsent(trip.serviceId(), id -> feed.services().get(id).runsOn(date));
            if (running && t.sequence() < lastStop.get(t.tripId())) {
                departures.computeIfAbsent(t.stopId(), s -> new int[24])[t.departureSeconds() / 3600 % 24]++;
            }
        }
        return departures;
    }
}

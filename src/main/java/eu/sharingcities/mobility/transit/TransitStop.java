package eu.sharingcities.mobility.transit;

/** A public transport stop with its departures in each hour (0–23) of one day. */
public record TransitStop(String id, String name, double latitude, double longitude, int[] departuresPerHour) {

    /** Departures in the day's busiest hour. */
    public int peakDepartures() {
        int peak = 0;
        for (int n : departuresPerHour) {
            peak = Math.max(peak, n);
        }
        return peak;
    }
}

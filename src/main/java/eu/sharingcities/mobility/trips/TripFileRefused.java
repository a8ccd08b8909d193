package eu.sharingcities.mobility.trips;

import java.util.List;

/** A trip export refused whole: each problem with its row and what to do; nothing of the file was kept. */
public class TripFileRefused extends IllegalArgumentException {

    public TripFileRefused(List<String> problems) {
        super("Trip file refused, nothing of it was kept: " + String.join("; ", problems));
    }
}

package eu.sharingcities.mobility.trips;

import java.time.Instant;

/** A trip as an operator's export gives it: its id, when it started and ended, from and to which station, its distance (null: not given). */
public record OperatorTrip(String id, Instant start, Instant end, String startStation, String endStation, Double metres) {
}

package eu.sharingcities.mobility.kpi;

import java.time.Instant;

/** A trip an operator exported: from station to station, with its distance where the operator gives it (null: not given). */
public record KpiTrip(String startStation, String endStation, Instant start, Double metres) {
}

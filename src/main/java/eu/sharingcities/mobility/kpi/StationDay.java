package eu.sharingcities.mobility.kpi;

import java.time.Instant;
import java.util.List;

/**
 * A docking station's day as its readings tell it: each series a step function (a value holds from
 * its time until the next), starting with the last value before the day where there is one.
 * {@code district} is the district the station counts in (null: none); {@code hub} whether it is a
 * mobility hub that day.
 */
public record StationDay(String stationId, String district, boolean hub, List<Step> bikes, List<Step> docks, List<Step> charge) {

    /** A value from {@code at} on. */
    public record Step(Instant at, double value) {
    }
}

package eu.sharingcities.mobility;

import java.time.Instant;

/** A vehicle an operator lists as available (at a station or free-floating), with its battery (fuel, 0..1) where the feed says. */
public record BikeVehicle(String operator, String id, String typeId, Double latitude, Double longitude, String stationId, Double fuel,
                          Double rangeMeters, boolean reserved, boolean disabled, Instant lastReported) {
}

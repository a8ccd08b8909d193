package eu.sharingcities.mobility;

import java.time.Instant;

/** A docking station of an operator as last read, with its bikes and free docks then (null before a status was read). */
public record BikeStation(String operator, String id, String name, double latitude, double longitude, Integer capacity,
                          Integer vehiclesAvailable, Integer vehiclesDisabled, Integer docksAvailable, Boolean renting, Boolean returning,
                          Instant lastReported) {

    /** The station across the city's operators: operator and id (ids are the operator's own, so two operators may share one). */
    public String key() {
        return operator + "/" + id;
    }
}

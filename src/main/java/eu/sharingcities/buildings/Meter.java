package eu.sharingcities.buildings;

import eu.sharingcities.telemetry.PointId;

/** A building's meter: read from an ingestion point (a counter) or fed by imported files, or both. */
public record Meter(long id, long buildingId, String name, Carrier carrier, String unit, double kwhPerUnit, PointId pointId,
                    String pointCode) {
}

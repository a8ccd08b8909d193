package eu.sharingcities.buildings;

import eu.sharingcities.telemetry.PointId;

/** A building of a city's district, as the building list and page show it. */
public record Building(long id, String cityCode, long districtId, String districtName, String code, String name, String address,
                       double latitude, double longitude, String use, double floorAreaM2, Integer yearBuilt, int dwellings,
                       String energyLabel, String heatingSystem, PointId temperaturePointId) {
}

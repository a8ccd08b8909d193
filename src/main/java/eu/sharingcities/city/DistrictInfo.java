package eu.sharingcities.city;

/** A district as views and REST show it. */
public record DistrictInfo(long id, String cityCode, String name, String description, double latitude, double longitude) {
}

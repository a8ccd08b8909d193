package eu.sharingcities.mobility;

/** A bike-share operator whose GBFS feed a city reads: its discovery file and the language preferred in a 2.x feed. */
public record BikeOperator(long id, String city, String code, String name, String discoveryUrl, String language, boolean enabled) {
}

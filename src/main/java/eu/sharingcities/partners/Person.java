package eu.sharingcities.partners;

/** A contact of a partner organisation: name, what they do there, e-mail and phone (either may be empty). */
public record Person(String name, String title, String email, String phone) {
}

package eu.sharingcities.partners.events;

/** Who speaks in a session, and for which organisation. */
public record Speaker(String name, String organisation) {

    /** "Name (Organisation)", or the name alone. */
    public String label() {
        return organisation == null || organisation.isBlank() ? name : name + " (" + organisation + ")";
    }
}

package eu.sharingcities.partners.events;

import eu.sharingcities.security.SignedInUser;

import java.util.List;

/** A person registered for an event: their account, name and organisation (or city, for city staff). */
public record Participant(String username, String displayName, String organisation) {

    /** The person as they register: for their organisation, or the consortium, or their cities. */
    static Participant of(SignedInUser user) {
        String organisation = !user.organisation().isEmpty() ? user.organisation()
                : user.isConsortiumAdmin() ? "consortium" : String.join(", ", user.cityCodes().orElse(List.of()));
        return new Participant(user.username(), user.displayName(), organisation);
    }
}

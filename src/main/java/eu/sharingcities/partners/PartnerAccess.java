package eu.sharingcities.partners;

import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Who may do what in the partners' portal, in one place: an organisation's own people (partner
 * accounts carrying its code) write its profile, results and know-how; consortium staff may do that
 * too, and alone publish and send back; a note that sends something back says what to change.
 */
@ApplicationScoped
public class PartnerAccess {

    @Inject
    CurrentUser currentUser;

    /** Whether the caller writes for this organisation: one of its people, or consortium staff. */
    public boolean mayEdit(String organisation) {
        return currentUser.get().map(u -> u.isConsortiumAdmin() || ownOrganisation(u, organisation)).orElse(false);
    }

    /** The organisation the caller works for, where it is a partner of the programme. */
    public Optional<String> ownOrganisation() {
        return currentUser.get().filter(u -> !u.organisation().isEmpty() && u.grants().stream().anyMatch(g -> g.role() == Role.PARTNER))
                .map(SignedInUser::organisation);
    }

    public void requireEditor(String organisation) {
        currentUser.require();
        if (!mayEdit(organisation)) {
            throw new NotPermittedException("Only " + organisation + "'s own people and consortium staff write for it.");
        }
    }

    public SignedInUser requireConsortium() {
        SignedInUser user = currentUser.require();
        if (!user.isConsortiumAdmin()) {
            throw new NotPermittedException("Only consortium staff do this.");
        }
        return user;
    }

    /** A note sending a draft back, trimmed: 1 to 2,000 characters. */
    public static String note(String note) {
        if (note == null || note.isBlank() || note.length() > 2_000) {
            throw new Refusal("partners.refused.note");
        }
        return note.trim();
    }

    private static boolean ownOrganisation(SignedInUser user, String organisation) {
        return organisation.equals(user.organisation()) && user.grants().stream().anyMatch(g -> g.role() == Role.PARTNER);
    }
}

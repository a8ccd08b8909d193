package eu.sharingcities.partners;

import java.time.Instant;

/**
 * A partner organisation as its reader may see it: the published profile (null: not published yet),
 * and, to its own people and consortium staff, the draft with its state ("editing" or "submitted")
 * and the note of a draft sent back (null otherwise).
 */
public record PartnerOrganisation(String code, OrganisationProfile published, Instant publishedAt, OrganisationProfile draft, String draftState,
                                  String reviewNote) {
}

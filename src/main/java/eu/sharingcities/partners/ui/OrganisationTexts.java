package eu.sharingcities.partners.ui;

import eu.sharingcities.partners.OrganisationProfile;

import java.util.Locale;

/** A profile's text in the reader's language where the partner wrote one, else in English, else in any. */
final class OrganisationTexts {

    private OrganisationTexts() {
    }

    static String description(OrganisationProfile profile, Locale locale) {
        String own = profile.description().get(locale.getLanguage());
        if (own != null) {
            return own;
        }
        return profile.description().getOrDefault("en", profile.description().values().stream().findFirst().orElse(""));
    }
}

package eu.sharingcities.partners.ui;

import eu.sharingcities.partners.OrganisationProfile;

import java.util.Locale;

/** A profile's text in the reader's language where the partner wrote one, else in English, else in any. */
final class OrganisationTexts {

    private OrganisationTexts() {
    }

    static String description(OrganisationProfile profile, Locale locale) {
        return text(profile.description(), locale);
    }

    static String text(java.util.Map<String, String> byLanguage, Locale locale) {
        String own = byLanguage.get(locale.getLanguage());
        if (own != null) {
            return own;
        }
        return byLanguage.getOrDefault("en", byLanguage.values().stream().findFirst().orElse(""));
    }
}

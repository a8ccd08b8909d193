package eu.sharingcities.partners;

import eu.sharingcities.text.PlatformLanguages;
import eu.sharingcities.text.Refusal;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks a profile before anything of it is stored: the first problem is refused with its field and how to fix it. */
final class ProfileCheck {

    static final int MAX_DESCRIPTION = 5_000;
    static final int MAX_PEOPLE = 50;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ProfileCheck() {
    }

    static void check(OrganisationProfile p, Collection<String> cities, Collection<String> competences) {
        if (p.name() == null || p.name().isBlank() || p.name().length() > 200) {
            throw new Refusal("partners.refused.name");
        }
        if (p.type() == null) {
            throw new Refusal("partners.refused.type", Arrays.toString(PartnerType.values()));
        }
        if (!p.website().isEmpty() && !webAddress(p.website())) {
            throw new Refusal("partners.refused.website", p.website());
        }
        for (Map.Entry<String, String> text : p.description().entrySet()) {
            if (!PlatformLanguages.CODES.contains(text.getKey())) {
                throw new Refusal("partners.refused.language", text.getKey(), String.join(", ", PlatformLanguages.CODES));
            }
            if (text.getValue() == null || text.getValue().length() > MAX_DESCRIPTION) {
                throw new Refusal("partners.refused.description", text.getKey(), MAX_DESCRIPTION);
            }
        }
        p.countries().stream().filter(c -> !COUNTRIES.contains(c)).findFirst().ifPresent(c -> {
            throw new Refusal("partners.refused.country", c);
        });
        p.cities().stream().filter(c -> !cities.contains(c)).findFirst().ifPresent(c -> {
            throw new Refusal("partners.refused.city", c, String.join(", ", cities));
        });
        p.competences().stream().filter(c -> !competences.contains(c)).findFirst().ifPresent(c -> {
            throw new Refusal("partners.refused.competence", c, String.join(", ", competences));
        });
        if (p.people().size() > MAX_PEOPLE) {
            throw new Refusal("partners.refused.people", MAX_PEOPLE);
        }
        for (int i = 0; i < p.people().size(); i++) {
            Person person = p.people().get(i);
            if (person == null || person.name() == null || person.name().isBlank() || person.name().length() > 200) {
                throw new Refusal("partners.refused.person", i + 1);
            }
            if (person.email() != null && !person.email().isBlank() && !person.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new Refusal("partners.refused.email", i + 1, person.email());
            }
        }
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

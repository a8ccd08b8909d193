package eu.sharingcities.partners;

import java.util.List;
import java.util.Map;

/**
 * What a partner organisation says of itself: name, type, website, a description per language,
 * the countries and programme cities it works in, its competences (codes of the taxonomy) and its
 * people. Checked whole by {@link ProfileCheck} before it is stored.
 */
public record OrganisationProfile(String name, PartnerType type, String website, Map<String, String> description, List<String> countries,
                                  List<String> cities, List<String> competences, List<Person> people) {

    public OrganisationProfile {
        description = description == null ? Map.of() : Map.copyOf(description);
        countries = countries == null ? List.of() : List.copyOf(countries);
        cities = cities == null ? List.of() : List.copyOf(cities);
        competences = competences == null ? List.of() : List.copyOf(competences);
        people = people == null ? List.of() : List.copyOf(people);
        website = website == null ? "" : website.trim();
    }

    /** The same profile without its people: what someone who is not signed in sees. */
    public OrganisationProfile withoutPeople() {
        return new OrganisationProfile(name, type, website, description, countries, cities, competences, List.of());
    }
}

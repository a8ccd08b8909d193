package eu.sharingcities.partners;

import java.util.Locale;
import java.util.Map;

/** An entry of the consortium's competence taxonomy: its code, its name in each language, its place, whether it is still offered. */
public record Competence(String code, Map<String, String> names, int position, boolean retired) {

    /** Its name in {@code locale}'s language, else in English. */
    public String name(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.get("en"));
    }
}

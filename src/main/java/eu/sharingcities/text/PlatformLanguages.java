package eu.sharingcities.text;

import java.util.List;

/** The six languages the platform speaks (ISO 639-1): its portal, its texts and what partners write in them. */
public final class PlatformLanguages {

    public static final List<String> CODES = List.of("en", "it", "pt", "fr", "bg", "pl");

    private PlatformLanguages() {
    }
}

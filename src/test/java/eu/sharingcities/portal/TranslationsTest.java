package eu.sharingcities.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal speaks the six languages of the cities: every text the English file has, each other
 * language has too, with the same placeholders, and without the ASCII apostrophe that
 * MessageFormat would swallow (write ’).
 */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @ParameterizedTest
    @ValueSource(strings = {"it", "pt", "fr", "bg", "pl"})
    void everyTextIsThereWithItsPlaceholders(String language) throws IOException {
        Properties english = load("");
        Properties translated = load("_" + language);

        assertThat(translated.stringPropertyNames()).as("keys missing in " + language)
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys only " + language + " has").containsAll(translated.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(text).as(language + " " + key).isNotBlank();
            assertThat(placeholders(text)).as(language + " " + key + ": the placeholders of the English text")
                    .isEqualTo(placeholders(english.getProperty(key)));
            if (!placeholders(text).isEmpty()) {
                assertThat(text.replace("''", "")).as(language + " " + key + ": MessageFormat drops a lone ' — write ’ or ''").doesNotContain("'");
            }
        }
    }

    /** Every key the code names (a page's getTranslation, a domain Message or Refusal) is in the English file. */
    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties english = load("");
        Pattern named = Pattern.compile("(?:getTranslation|Message\\.of|new Refusal)\\(\"([a-z][A-Za-z0-9.]*[A-Za-z0-9])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = named.matcher(Files.readString(source));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys named in the code but missing in translations.properties").isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String suffix) throws IOException {
        String name = "/vaadin-i18n/translations" + suffix + ".properties";
        try (InputStream in = TranslationsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}

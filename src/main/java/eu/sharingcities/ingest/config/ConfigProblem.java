package eu.sharingcities.ingest.config;

import eu.sharingcities.text.Message;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

import java.util.Locale;

/**
 * One thing wrong in a configuration file: where (file, line and the key's path, e.g.
 * {@code file.endpoints[0].points[2].role}) and what to do about it, in the reader's language.
 */
@JsonbTypeAdapter(ConfigProblem.InEnglish.class)
public record ConfigProblem(String file, int line, String where, Message message) {

    public String in(Locale locale) {
        return file + (line > 0 ? ":" + line : "") + ": " + (where == null ? "" : where + ": ") + message.in(locale);
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    /** The REST API lists problems as lines of text, in English. */
    public static final class InEnglish implements JsonbAdapter<ConfigProblem, String> {

        @Override
        public String adaptToJson(ConfigProblem problem) {
            return problem.toString();
        }

        @Override
        public ConfigProblem adaptFromJson(String text) {
            throw new UnsupportedOperationException("a problem is not read back");
        }
    }
}

package eu.sharingcities.text;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text the platform tells a person (an M&V reason, a configuration problem, a password rule),
 * kept as a key and its arguments so each door says it in its reader's language: the portal in the
 * city's or the user's, logs and the REST API in English. The texts are the portal's own
 * ({@code vaadin-i18n/translations*.properties}), so one test checks every language has them all.
 */
@JsonbTypeAdapter(Message.InEnglish.class)
public record Message(String key, List<Object> arguments) {

    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK_TO_THE_MACHINES_LANGUAGE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /** The text in {@code locale}'s language, English where a language lacks it. */
    public String in(Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Message.class.getClassLoader(), NO_FALLBACK_TO_THE_MACHINES_LANGUAGE)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key + arguments;
        }
        if (arguments.isEmpty()) { // as Vaadin's I18NProvider: a text without arguments is not a pattern
            return pattern;
        }
        Object[] formatted = arguments.stream().map(a -> said(a, locale)).toArray();
        return new MessageFormat(pattern, locale).format(formatted);
    }

    /** An argument as the reader reads it: a message in their language, a list of messages one after another. */
    private static Object said(Object argument, Locale locale) {
        if (argument instanceof Message m) {
            return m.in(locale);
        }
        if (argument instanceof List<?> list && list.stream().allMatch(Message.class::isInstance)) {
            return String.join("; ", list.stream().map(m -> ((Message) m).in(locale)).toList());
        }
        return argument;
    }

    /** Several messages as one text, e.g. a model's missed criteria in a table cell. */

    public static String join(String separator, List<Message> messages, Locale locale) {
        return String.join(separator, messages.stream().map(m -> m.in(locale)).toList());
    }

    /** English, for logs, the REST API and exceptions. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }

    /** The REST API answers in English, as its documentation is written. */
    public static final class InEnglish implements JsonbAdapter<Message, String> {

        @Override
        public String adaptToJson(Message message) {
            return message.english();
        }

        @Override
        public Message adaptFromJson(String text) {
            throw new UnsupportedOperationException("a message is not read back");
        }
    }

    /** A map of messages (a building → why it is left out, say) in English: JSON-B applies no type adapter to a map's values. */
    public static final class InEnglishByKey implements JsonbAdapter<Map<String, Message>, Map<String, String>> {

        @Override
        public Map<String, String> adaptToJson(Map<String, Message> messages) {
            Map<String, String> english = new LinkedHashMap<>();
            messages.forEach((key, message) -> english.put(key, message.english()));
            return english;
        }

        @Override
        public Map<String, Message> adaptFromJson(Map<String, String> text) {
            throw new UnsupportedOperationException("a message is not read back");
        }
    }
}

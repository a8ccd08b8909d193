package eu.sharingcities.text;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A message as a row keeps it (an alarm's or a command's why): {@code {"key": …, "arguments": […]}}
 * with numbers, text and messages inside messages, so a page can say it in its reader's language
 * long after it was written. Anything else among the arguments is kept as its text.
 */
public final class MessageJson {

    private static final List<String> NON_FINITE = List.of("NaN", "Infinity", "-Infinity");

    private MessageJson() {

    }

    public static String write(Message message) {
        return object(message).toString();
    }

    /** A row's message; a row written before its table kept messages has only its English text (null {@code json}). */
    public static Message readOr(String json, String english) {
        return json == null ? Message.of("text.asIs", english) : read(json);
    }

    public static Message read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return message(reader.readObject());
        }
    }

    private static JsonObject object(Message message) {
        JsonArrayBuilder arguments = Json.createArrayBuilder();
        for (Object a : message.arguments()) {
            switch (a) {
                case Message m -> arguments.add(object(m));
                case Integer i -> arguments.add(i);
                case Long l -> arguments.add(l);
                case Number n when !Double.isFinite(n.doubleValue()) -> arguments.add(String.valueOf(n.doubleValue())); // JSON has no NaN
                case Number n -> arguments.add(n.doubleValue());
                default -> arguments.add(String.valueOf(a));
            }
        }
        return Json.createObjectBuilder().add("key", message.key()).add("arguments", arguments).build();
    }

    private static Message message(JsonObject object) {
        List<Object> arguments = new ArrayList<>();
        for (JsonValue a : object.getJsonArray("arguments")) {
            arguments.add(switch (a) {
                case JsonObject m -> message(m);
                case JsonNumber n -> n.isIntegral() ? (Object) n.longValue() : (Object) n.doubleValue();
                case JsonString s -> NON_FINITE.contains(s.getString()) ? (Object) Double.parseDouble(s.getString()) : s.getString();
                default -> a.toString();
            });
        }
        return new Message(object.getString("key"), arguments);
    }
}

package eu.sharingcities.text;

import java.util.Locale;

/**
 * A request refused for a reason its reader can fix (400 in the REST API), said in the reader's
 * language: the exception's own message is the English text, for the API and the logs.
 */
public class Refusal extends IllegalArgumentException {

    private final transient Message reason;

    public Refusal(String key, Object... arguments) {
        this(Message.of(key, arguments));
    }

    public Refusal(Message reason) {
        super(reason.english());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }

    /** The reason of a refusal; another exception's message as it is (English). */
    public static Message reasonOf(IllegalArgumentException refused) {
        return refused instanceof Refusal r ? r.reason : Message.of("text.asIs", String.valueOf(refused.getMessage()));
    }

    /** What to show for a refused action: a {@code Refusal} in {@code locale}, any other in its own words. */
    public static String in(RuntimeException refused, Locale locale) {
        return refused instanceof Refusal r ? r.reason.in(locale) : refused.getMessage();
    }
}

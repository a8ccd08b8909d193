package eu.sharingcities.text;

/**
 * What a request names is not there, or not in the caller's cities (the two look the same, so an
 * account cannot probe another city): 404 in the REST API.
 */
public class NotFound extends Refusal {

    public NotFound(String what) {
        super(Message.of("text.asIs", what));
    }
}

package eu.sharingcities.text;

/**
 * A request that is well formed but clashes with what is already there (a meeting at a time already
 * taken, a full event): 409 in the REST API, said in the reader's language on the pages.
 */
public class Conflict extends Refusal {

    public Conflict(String key, Object... arguments) {
        super(key, arguments);
    }
}

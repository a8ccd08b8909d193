package eu.sharingcities.city;

/** No district with this id exists in the caller's cities. */
public class UnknownDistrictException extends RuntimeException {
    public UnknownDistrictException(long id) {
        super("No district " + id + " in your cities.");
    }
}

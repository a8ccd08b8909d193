package eu.sharingcities.city;

import eu.sharingcities.text.NotFound;
/** No district with this id exists in the caller's cities. */
public class UnknownDistrictException extends NotFound {
    public UnknownDistrictException(long id) {
        super("No district " + id + " in your cities.");
    }
}

package eu.sharingcities.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error answer: the HTTP status and a sentence that says what was wrong. */
public record Problem(int status, String error) {

    public static Response response(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Problem(status.getStatusCode(), message)).build();
    }
}

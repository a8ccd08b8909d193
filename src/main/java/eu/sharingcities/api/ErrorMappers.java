package eu.sharingcities.api;

import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.security.NotSignedInException;
import eu.sharingcities.text.Conflict;
import eu.sharingcities.text.NotFound;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Domain errors as HTTP answers. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    @Provider
    public static class NotPermitted implements ExceptionMapper<NotPermittedException> {
        @Override
        public Response toResponse(NotPermittedException e) {
            if (e instanceof NotSignedInException) {
                return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, e.getMessage()))
                        .header("WWW-Authenticate", "Basic realm=\"Sharing Cities Platform\"").build();
            }
            return Problem.response(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    /** What a request names is not in the caller's cities (a district, a point, an alarm ...). */
    @Provider
    public static class NotThere implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /** JAX-RS's own answers (404, 405, 415 ...) with a JSON body like the others. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            return Problem.response(status == null ? Response.Status.INTERNAL_SERVER_ERROR : status, e.getMessage());
        }
    }

    /** Anything unforeseen: logged with an id, answered without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "REST request failed (error " + id + ")", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error " + id + "; the server log has the details.");
        }
    }

    /**
     * A body JSON-B cannot read into the request's fields (a word where a number belongs, a broken
     * document): the client's mistake, said with the parser's reason, never a 500.
     */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return Problem.response(Response.Status.BAD_REQUEST, "The request body could not be read: " + reason
                    + ". Send JSON whose fields have the documented types (numbers as numbers, e.g. 21.5; see /openapi).");
        }
    }

    @Provider
    public static class Clash implements ExceptionMapper<Conflict> {
        @Override
        public Response toResponse(Conflict e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class BadInput implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }
}

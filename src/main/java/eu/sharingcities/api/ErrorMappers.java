package eu.sharingcities.api;

import eu.sharingcities.city.UnknownDistrictException;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.security.NotSignedInException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

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

    @Provider
    public static class UnknownDistrict implements ExceptionMapper<UnknownDistrictException> {
        @Override
        public Response toResponse(UnknownDistrictException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
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

package eu.sharingcities.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A request body read as UTF-8 text up to a limit: a larger one is refused with 413 before it is all in memory. */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static String text(InputStream body, int maxBytes, String howToFix) {
        return new String(bytes(body, maxBytes, howToFix), StandardCharsets.UTF_8);
    }

    /** The body's bytes (a photo, say) up to the limit. */
    public static byte[] bytes(InputStream body, int maxBytes, String howToFix) {
        try {
            byte[] read = body.readNBytes(maxBytes + 1);
            if (read.length > maxBytes) {
                discardRest(body);
                throw new WebApplicationException("The body is larger than " + maxBytes / (1024 * 1024) + " MB; " + howToFix,
                        Response.Status.REQUEST_ENTITY_TOO_LARGE); // ErrorMappers.WebApplication answers it with this message
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body", e);
        }
    }

    /**
     * A client still sending does not read the answer: take the rest of a moderately larger body
     * (without keeping it) so it gets the 413; beyond that the connection is given up.
     */
    private static void discardRest(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long discarded = 0;
        int n;
        while (discarded < DISCARD_AT_MOST && (n = body.read(buffer)) > 0) {
            discarded += n;
        }
    }

    private static final long DISCARD_AT_MOST = 64L * 1024 * 1024;
}

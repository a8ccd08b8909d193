package eu.sharingcities.mobility.gbfs;

import eu.sharingcities.api.Problem;
import eu.sharingcities.security.ClientAddress;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cities' GBFS 3.0 feeds, open to everyone — journey planners, researchers, the operators
 * themselves: no sign-in, any origin (CORS), cached (Cache-Control for the rest of the file's ttl,
 * ETag answered 304) and limited per client address ({@code PLATFORM_GBFS_REQUESTS_PER_MINUTE},
 * 600) so that one client cannot starve the others.
 */
@Path("gbfs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GbfsFeedResource {

    private static final int CLIENTS_REMEMBERED = 10_000;
    private static final Map<String, Bucket> BUCKETS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > CLIENTS_REMEMBERED;
        }
    };

    @Inject
    GbfsPublisher publisher;

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "platform.gbfs.requests-per-minute", defaultValue = "600")
    long perMinute;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    @Path("manifest.json")
    @Operation(summary = "Every city's GBFS 3.0 feed (public)")
    public Response manifest(@HeaderParam("If-None-Match") String etag) {
        return limited().orElseGet(() -> answer(publisher.manifest(base()), etag));
    }

    @GET
    @Path("{city}/{file: [a-z_]+}.json")
    @Operation(summary = "A file of a city's GBFS 3.0 feed: gbfs, system_information, vehicle_types, station_information, station_status, "
            + "vehicle_status, system_pricing_plans, system_alerts (public)")
    public Response file(@PathParam("city") String city, @PathParam("file") String file, @HeaderParam("If-None-Match") String etag) {
        return limited().orElseGet(() -> publisher.file(city, file, base()).map(p -> answer(p, etag)).orElseGet(() -> open(Problem.response(
                Response.Status.NOT_FOUND, "No GBFS file '" + file + ".json' for '" + city + "': the feeds are listed in " + base() + "manifest.json, "
                        + "each city's files in its gbfs.json."))));
    }

    private String base() {
        return uri.getBaseUri().toString().replaceAll("/$", "") + "/gbfs/";
    }

    /** 429 with Retry-After when this client has used its requests of the minute. */
    private java.util.Optional<Response> limited() {
        Bucket bucket;
        synchronized (BUCKETS) {
            bucket = BUCKETS.computeIfAbsent(clientAddress.of(request),
                    a -> Bucket.builder().addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return java.util.Optional.empty();
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        return java.util.Optional.of(open(Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, "More than " + perMinute
                + " requests a minute from your address: wait " + seconds + " s, and keep to each file's ttl.")).header("Retry-After", seconds).build()));
    }

    private static Response answer(GbfsPublisher.Published published, String etag) {
        long fresh = Math.max(0, Duration.between(Instant.now(), published.fresh()).toSeconds());
        Response.ResponseBuilder answer = published.etag().equals(etag) ? Response.notModified() : Response.ok(shared(published.body()),
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).header("Content-Length", published.body().length);
        return open(answer.tag(new jakarta.ws.rs.core.EntityTag(published.etag().replace("\"", ""))).header("Cache-Control", "public, max-age=" + fresh)
                .lastModified(java.util.Date.from(published.made())).build());
    }

    /** The shared bytes written in slices: no copy of the whole file per request. */
    private static jakarta.ws.rs.core.StreamingOutput shared(byte[] body) {
        return out -> {
            for (int at = 0; at < body.length; at += 65_536) {
                out.write(body, at, Math.min(65_536, body.length - at));
            }
        };
    }

    /** Any web page may read the feeds. */
    private static Response open(Response response) {
        return Response.fromResponse(response).header("Access-Control-Allow-Origin", "*").header("Access-Control-Expose-Headers", "ETag").build();
    }
}

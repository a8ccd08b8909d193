package eu.sharingcities.monitoring;

import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.security.NotSignedInException;
import eu.sharingcities.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Prometheus's scrape: with {@code Authorization: Bearer <PLATFORM_METRICS_TOKEN>} (what a
 * Prometheus server is given), or signed in as a consortium administrator.
 */
@Path("metrics")
@RequestScoped
public class MetricsResource {

    @Inject
    Meters meters;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "platform.metrics.token")
    Optional<String> token;

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    @Operation(summary = "The platform's metrics in Prometheus's text format (metrics token or consortium administrator)")
    public String scrape(@HeaderParam("Authorization") String authorization) {
        if (!hasToken(authorization)) {
            if (currentUser.get().isEmpty()) {
                throw new NotSignedInException();
            }
            if (!currentUser.require().isConsortiumAdmin()) {
                throw new NotPermittedException("Metrics name every city's controllers: only the metrics token (PLATFORM_METRICS_TOKEN) "
                        + "or a " + Role.CONSORTIUM_ADMIN.groupName() + " may read them.");
            }
        }
        return meters.scrape();
    }

    private boolean hasToken(String authorization) {
        if (token.isEmpty() || token.get().isBlank() || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8),
                authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8));
    }
}

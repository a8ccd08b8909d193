package eu.sharingcities.bench.baseline;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;

/** The startup baseline: the smallest WAR Payara Micro can serve, one JAX-RS resource. */
@ApplicationPath("/")
public class BaselineApplication extends Application {

    @Path("ping")
    public static class Ping {
        @GET
        public String ping() {
            return "pong";
        }
    }
}

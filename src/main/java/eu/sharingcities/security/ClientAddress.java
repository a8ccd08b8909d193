package eu.sharingcities.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for throttling and the audit log. Behind a TLS proxy every
 * request comes from the proxy, so PLATFORM_TRUSTED_PROXIES names the proxies whose
 * X-Forwarded-For is believed: the client is the last address in it that is not one of them. From
 * anyone else the header is ignored, since a client can write what it likes into it.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "platform.trusted-proxies")
    Optional<String> trustedProxies;

    private Set<String> proxies;

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !proxies().contains(remote)) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies().contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remote;
    }

    private Set<String> proxies() {
        if (proxies == null) {
            proxies = trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet())).orElse(Set.of());
        }
        return proxies;
    }
}

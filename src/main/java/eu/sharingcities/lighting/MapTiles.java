package eu.sharingcities.lighting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;

/**
 * The tile server behind a city's map: {@code PLATFORM_MAP_TILES_<CITY>} (for instance
 * {@code PLATFORM_MAP_TILES_MILAN}), else {@code PLATFORM_MAP_TILES}, else OpenStreetMap's — except
 * in demo mode, whose maps fetch nothing from outside (the lamps, streets and buildings alone) unless
 * a tile server is set. {@code none} switches tiles off.
 */
@ApplicationScoped
public class MapTiles {

    static final String OPENSTREETMAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    static final String OPENSTREETMAP_ATTRIBUTION = "© OpenStreetMap contributors";

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "platform.demo", defaultValue = "false")
    boolean demo;

    /** The tile URL template ({z}/{x}/{y}), or empty for none. */
    public String url(String city) {
        Optional<String> set = config.getOptionalValue("platform.map.tiles." + city.toLowerCase(Locale.ROOT), String.class)
                .or(() -> config.getOptionalValue("platform.map.tiles", String.class));
        String url = set.orElse(demo ? "none" : OPENSTREETMAP).trim();
        return url.equalsIgnoreCase("none") ? "" : url;
    }

    public String attribution(String city) {
        return url(city).contains("openstreetmap.org") ? OPENSTREETMAP_ATTRIBUTION
                : config.getOptionalValue("platform.map.attribution", String.class).orElse("");
    }
}

package eu.sharingcities.mobility.gbfs;

import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.mobility.BikeFeedChanged;
import eu.sharingcities.mobility.BikeShare;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Each city's own GBFS 3.0 feed of its integrated bike share, and the manifest of all of them. A
 * file is made at most once per its {@code ttl} and served from memory meanwhile (its
 * {@code last_updated} says when it was made), so a crowd of journey planners costs one query per
 * ttl. Status files keep 30 s, the others 5 minutes.
 */
@ApplicationScoped
public class GbfsPublisher {

    static final String VERSION = "3.0";
    static final List<String> FILES = List.of("system_information", "vehicle_types", "station_information", "station_status", "vehicle_status",
            "system_pricing_plans", "system_alerts");
    private static final int STATUS_TTL = 30;
    private static final int INFORMATION_TTL = 300;

    @Inject
    BikeShare bikeShare;

    @Inject
    Cities cities;

    @Inject
    @ConfigProperty(name = "platform.gbfs.contact", defaultValue = "open-data@sharingcities.eu")
    String contactEmail;

    /** A secret of this run, so that published vehicle ids cannot be traced back to the operators' own. */
    private final byte[] secret = SecureRandom.getSeed(32);
    private final Map<String, Published> made = new ConcurrentHashMap<>();

    /**
     * A file as served: its JSON, encoded once (UTF-8) and shared by every request while it holds
     * (200 clients of a 5 MB vehicle_status must not each make a copy), when it was made and until when it holds.
     */
    public record Published(byte[] body, Instant made, Instant fresh, int ttl, String etag) {
    }

    /** The city's file ("gbfs", "station_status"…), made anew when the last one's ttl has run out; empty for a file or city there is not. */
    public Optional<Published> file(String city, String file, String base) {
        Optional<CityInfo> info = cities.find(city);
        if (info.isEmpty() || !file.equals("gbfs") && !FILES.contains(file)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return Optional.of(made.compute(city + "/" + file, (key, last) -> last != null && now.isBefore(last.fresh()) ? last
                : publish(file, ttl(file), now, data(info.get(), file, base, now))));
    }

    /** Files made before an operator's stations, types, plans or alerts changed are made again at the next request; statuses keep their short ttl. */
    void onFeedChanged(@Observes BikeFeedChanged change) {
        change.files().stream().filter(f -> FILES.contains(f) && !f.endsWith("_status")).forEach(f -> made.remove(change.city() + "/" + f));
    }

    /** Every city's feed, for whoever looks for the cities' systems (GBFS 3.0, manifest.json). */
    public Published manifest(String base) {
        Instant now = Instant.now();
        return made.compute("manifest", (key, last) -> last != null && now.isBefore(last.fresh()) ? last : publish("manifest", INFORMATION_TTL, now,
                manifestData(base)));
    }

    private JsonObject manifestData(String base) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (CityInfo city : cities.all()) {
            datasets.add(Json.createObjectBuilder().add("system_id", systemId(city.code())).add("versions", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("version", VERSION).add("url", base + city.code() + "/gbfs.json"))));
        }
        return Json.createObjectBuilder().add("datasets", datasets).build();
    }

    private JsonObject data(CityInfo city, String file, String base, Instant now) {
        List<String> languages = languages(city);
        if (file.equals("gbfs")) {
            JsonArrayBuilder feeds = Json.createArrayBuilder();
            FILES.forEach(f -> feeds.add(Json.createObjectBuilder().add("name", f).add("url", base + city.code() + "/" + f + ".json")));
            return Json.createObjectBuilder().add("feeds", feeds).build();
        }
        CityFeedSource source = CurrentUser.runAsSystem(() -> bikeShare.published(city.code())); // public data, read as the platform
        CityFeedFiles files = new CityFeedFiles(source, languages, this::rotatedId);
        return switch (file) {
            case "system_information" -> files.systemInformation(systemId(city.code()), languages.stream().collect(Collectors.toMap(l -> l,
                    l -> Message.of("gbfs.systemName", city.name()).in(Locale.forLanguageTag(l)))), city.zone().getId(), contactEmail,
                    base + "manifest.json");
            case "vehicle_types" -> files.vehicleTypes();
            case "station_information" -> files.stationInformation();
            case "station_status" -> files.stationStatus(now);
            case "vehicle_status" -> files.vehicleStatus(now);
            case "system_pricing_plans" -> files.pricingPlans();
            case "system_alerts" -> files.alerts();
            default -> throw new IllegalArgumentException(file);
        };
    }

    /** The city's language, and English beside it, for travellers. */
    private static List<String> languages(CityInfo city) {
        String own = city.locale().getLanguage();
        return own.equals("en") ? List.of("en") : List.of(own, "en");
    }

    private static String systemId(String city) {
        return "sharing-cities-" + city;
    }

    private static int ttl(String file) {
        return file.endsWith("_status") ? STATUS_TTL : INFORMATION_TTL;
    }

    private static Published publish(String file, int ttl, Instant now, JsonObject data) {
        String json = Json.createObjectBuilder().add("last_updated", CityFeedFiles.time(now)).add("ttl", ttl).add("version", VERSION)
                .add("data", data).build().toString();
        return new Published(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), now, now.plusSeconds(ttl), ttl,
                "\"" + Integer.toHexString(json.hashCode()) + "-" + json.length() + "\"");
    }

    /** A vehicle's published id: a keyed hash of the operator's, which it rotates after each trip; ours rotates with it. */
    private String rotatedId(String operatorVehicle) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(operatorVehicle.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

package eu.sharingcities.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.sharingcities.simulator.model.BikeShareModel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a bike-share operator publishes of its {@link BikeShareModel}: a GBFS feed in version 3.0
 * (localized names, RFC 3339 times, vehicle_status) or 2.3 (one language, POSIX times,
 * free_bike_status), as operators in the field still run both. File by file, at {@code base}.
 */
final class BikeShareFeeds {

    static final List<String> FILES_3_0 = List.of("gbfs", "system_information", "vehicle_types", "station_information", "station_status",
            "vehicle_status", "system_pricing_plans");
    static final List<String> FILES_2_3 = List.of("gbfs", "system_information", "vehicle_types", "station_information", "station_status",
            "free_bike_status", "system_pricing_plans");
    static final String VEHICLE_TYPE = "e-bike";
    private static final java.util.Set<String> STATUS = java.util.Set.of("station_status", "vehicle_status", "free_bike_status");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BikeShareModel model;
    private final String version;
    private final String base;
    private final String language;
    private final int ttl;

    BikeShareFeeds(BikeShareModel model, String version, String base, String language, int ttlSeconds) {
        this.model = model;
        this.version = version;
        this.base = base;
        this.language = language;
        this.ttl = ttlSeconds;
    }

    boolean v3() {
        return version.equals("3.0");
    }

    List<String> files() {
        return v3() ? FILES_3_0 : FILES_2_3;
    }

    /** The file's JSON now, or null when this version has no such file. */
    String render(String file) {
        ObjectNode data = JSON.createObjectNode();
        switch (file) {
            case "gbfs" -> gbfs(data);
            case "system_information" -> systemInformation(data);
            case "vehicle_types" -> vehicleTypes(data);
            case "station_information" -> stationInformation(data);
            case "station_status" -> stationStatus(data);
            case "vehicle_status", "free_bike_status" -> {
                if (!file.equals(v3() ? "vehicle_status" : "free_bike_status")) {
                    return null;
                }
                vehicles(data);
            }
            case "system_pricing_plans" -> pricingPlans(data);
            default -> {
                return null;
            }
        }
        ObjectNode root = JSON.createObjectNode();
        Instant updated = STATUS.contains(file) ? model.updated() : model.started(); // what does not change keeps its time (and its ETag)
        if (v3()) {
            root.put("last_updated", time(updated));
        } else {
            root.put("last_updated", updated.getEpochSecond());
        }
        root.put("ttl", ttl);
        root.put("version", version);
        root.set("data", data);
        return root.toString();
    }

    private void gbfs(ObjectNode data) {
        ArrayNode feeds = JSON.createArrayNode();
        for (String f : files()) {
            feeds.addObject().put("name", f).put("url", base + f + ".json");
        }
        if (v3()) {
            data.set("feeds", feeds);
        } else {
            data.putObject(language).set("feeds", feeds);
        }
    }

    private void systemInformation(ObjectNode data) {
        data.put("system_id", "demo-bikes-" + model.city());
        if (v3()) {
            data.putArray("languages").add(language);
            text(data, "name", "Demo e-bikes " + model.city());
            data.put("opening_hours", "24/7");
            data.put("feed_contact_email", "gbfs@" + model.city() + ".example.org");
        } else {
            data.put("language", language);
            data.put("name", "Demo e-bikes " + model.city());
        }
        data.put("timezone", model.zone().getId());
    }

    private void vehicleTypes(ObjectNode data) {
        ObjectNode type = data.putArray("vehicle_types").addObject();
        type.put("vehicle_type_id", VEHICLE_TYPE).put("form_factor", "bicycle").put("propulsion_type", "electric_assist")
                .put("max_range_meters", 60_000.0);
        if (v3()) {
            text(type, "name", "E-bike");
        } else {
            type.put("name", "E-bike");
        }
    }

    private void stationInformation(ObjectNode data) {
        ArrayNode stations = data.putArray("stations");
        for (BikeShareModel.Station s : model.stations()) {
            ObjectNode station = stations.addObject().put("station_id", s.id());
            if (v3()) {
                text(station, "name", s.name());
            } else {
                station.put("name", s.name());
            }
            station.put("lat", round(s.latitude())).put("lon", round(s.longitude())).put("capacity", s.capacity());
        }
    }

    private void stationStatus(ObjectNode data) {
        ArrayNode stations = data.putArray("stations");
        for (BikeShareModel.Station s : model.stations()) {
            long available = model.bikes().stream().filter(b -> s.id().equals(b.stationId()) && !b.disabled()).count();
            long disabled = model.bikes().stream().filter(b -> s.id().equals(b.stationId()) && b.disabled()).count();
            ObjectNode station = stations.addObject().put("station_id", s.id()).put(v3() ? "num_vehicles_available" : "num_bikes_available", available)
                    .put(v3() ? "num_vehicles_disabled" : "num_bikes_disabled", disabled)
                    .put("num_docks_available", s.capacity() - available - disabled)
                    .put("is_installed", true).put("is_renting", true).put("is_returning", true);
            station.putArray("vehicle_types_available").addObject().put("vehicle_type_id", VEHICLE_TYPE).put("count", available);
            if (v3()) {
                station.put("last_reported", time(model.updated()));
            } else {
                station.put("last_reported", model.updated().getEpochSecond());
            }
        }
    }

    /** Every bike: docked ones with their station, riding ones reserved where they are (GBFS lists no bike in use but may show it reserved). */
    private void vehicles(ObjectNode data) {
        ArrayNode vehicles = data.putArray(v3() ? "vehicles" : "bikes");
        for (BikeShareModel.Bike b : model.bikes()) {
            if (b.riding()) {
                continue; // a bike on a trip is not available: GBFS leaves it out
            }
            ObjectNode v = vehicles.addObject().put(v3() ? "vehicle_id" : "bike_id", b.id()).put("lat", round(b.latitude()))
                    .put("lon", round(b.longitude())).put("is_reserved", false).put("is_disabled", b.disabled())
                    .put("vehicle_type_id", VEHICLE_TYPE).put("current_range_meters", Math.round(b.battery() * 60_000.0))
                    .put("current_fuel_percent", Math.round(b.battery() * 100) / 100.0).put("station_id", b.stationId());
            if (v3()) {
                v.put("last_reported", time(b.lastReported()));
            } else {
                v.put("last_reported", b.lastReported().getEpochSecond());
            }
        }
    }

    private void pricingPlans(ObjectNode data) {
        String currency = switch (model.city()) { // Bulgaria has paid in euros since 1 January 2026
            case "london" -> "GBP";
            case "warsaw" -> "PLN";
            default -> "EUR";
        };
        ObjectNode plan = data.putArray("plans").addObject().put("plan_id", "pay-as-you-go").put("currency", currency).put("price", 1.0)
                .put("is_taxable", false);
        if (v3()) {
            text(plan, "name", "Pay as you go");
            text(plan, "description", "1.00 to unlock, then 0.15 a minute");
        } else {
            plan.put("name", "Pay as you go").put("description", "1.00 to unlock, then 0.15 a minute");
        }
        plan.putArray("per_min_pricing").addObject().put("start", 0).put("rate", 0.15).put("interval", 1);
    }

    /** A GBFS 3.0 localized string: one text per language. */
    private void text(ObjectNode node, String field, String text) {
        node.putArray(field).addObject().put("text", text).put("language", language);
    }

    static String time(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}

package eu.sharingcities.mobility.gbfs;

import eu.sharingcities.mobility.BikeStation;
import eu.sharingcities.mobility.BikeVehicle;
import eu.sharingcities.mobility.feeds.GbfsData;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The data of each file of a city's GBFS 3.0 feed (GBFS 3.0, "Files"), from what its operators'
 * feeds said: one integrated system whose ids are the operator's code and its own id
 * ("demo-bikes:lon-1"), localized strings in each of the city's languages (a station's name is a
 * proper noun: the same text in each), times in RFC 3339. A vehicle's id is not the operator's but
 * {@code vehicleId} of it: rotated whenever the operator's rotates after a trip (GBFS 3.0,
 * vehicle_status.json: "vehicle_id … MUST be rotated to a random string after each trip").
 */
final class CityFeedFiles {

    /** The vehicle types the platform's own fields describe: a form factor, a propulsion, and a range when motorized. */
    private static final Set<String> TYPE_FIELDS = Set.of("form_factor", "propulsion_type", "max_range_meters");

    private final CityFeedSource source;
    private final List<String> languages;
    private final UnaryOperator<String> vehicleId;

    CityFeedFiles(CityFeedSource source, List<String> languages, UnaryOperator<String> vehicleId) {
        this.source = source;
        this.languages = languages;
        this.vehicleId = vehicleId;
    }

    JsonObject systemInformation(String systemId, Map<String, String> names, String timezone, String contactEmail, String manifestUrl) {
        JsonArrayBuilder name = Json.createArrayBuilder();
        languages.forEach(l -> name.add(Json.createObjectBuilder().add("text", names.get(l)).add("language", l)));
        JsonArrayBuilder langs = Json.createArrayBuilder();
        languages.forEach(langs::add);
        return Json.createObjectBuilder().add("system_id", systemId).add("languages", langs).add("name", name).add("opening_hours", "24/7")
                .add("feed_contact_email", contactEmail).add("timezone", timezone).add("manifest_url", manifestUrl).build();
    }

    JsonObject vehicleTypes() {
        JsonArrayBuilder types = Json.createArrayBuilder();
        for (CityFeedSource.Operator o : source.operators()) {
            for (JsonObject t : o.vehicleTypes().getValuesAs(JsonObject.class)) {
                JsonObjectBuilder type = Json.createObjectBuilder().add("vehicle_type_id", o.code() + ":" + t.getString("vehicle_type_id"));
                TYPE_FIELDS.stream().filter(t::containsKey).forEach(f -> type.add(f, t.get(f)));
                if (t.containsKey("name")) {
                    type.add("name", localized(GbfsData.text(t.get("name"), o.language())));
                }
                types.add(type);
            }
        }
        return Json.createObjectBuilder().add("vehicle_types", types).build();
    }

    JsonObject stationInformation() {
        JsonArrayBuilder stations = Json.createArrayBuilder();
        for (BikeStation s : source.stations()) {
            JsonObjectBuilder station = Json.createObjectBuilder().add("station_id", s.operator() + ":" + s.id()).add("name", localized(s.name()))
                    .add("lat", s.latitude()).add("lon", s.longitude());
            if (s.capacity() != null) {
                station.add("capacity", s.capacity());
            }
            stations.add(station);
        }
        return Json.createObjectBuilder().add("stations", stations).build();
    }

    /** Each station's vehicles counted from vehicle_status itself, so that its counts and vehicle_types_available agree with that file. */
    JsonObject stationStatus(Instant now) {
        Map<String, Map<String, Integer>> available = new HashMap<>();
        Map<String, Integer> disabled = new HashMap<>();
        for (BikeVehicle v : publishable()) {
            if (v.stationId() == null) {
                continue;
            }
            String station = v.operator() + ":" + v.stationId();
            if (v.disabled()) {
                disabled.merge(station, 1, Integer::sum);
            } else if (!v.reserved()) {
                available.computeIfAbsent(station, k -> new HashMap<>()).merge(v.operator() + ":" + v.typeId(), 1, Integer::sum);
            }
        }
        JsonArrayBuilder stations = Json.createArrayBuilder();
        for (BikeStation s : source.stations()) {
            String id = s.operator() + ":" + s.id();
            Map<String, Integer> types = available.getOrDefault(id, Map.of());
            JsonArrayBuilder byType = Json.createArrayBuilder();
            knownTypes().stream().filter(t -> t.startsWith(s.operator() + ":"))
                    .forEach(t -> byType.add(Json.createObjectBuilder().add("vehicle_type_id", t).add("count", types.getOrDefault(t, 0))));
            int vehicles = types.values().stream().mapToInt(Integer::intValue).sum();
            JsonObjectBuilder station = Json.createObjectBuilder().add("station_id", id).add("num_vehicles_available", vehicles)
                    .add("vehicle_types_available", byType).add("num_vehicles_disabled", disabled.getOrDefault(id, 0))
                    .add("is_installed", true).add("is_renting", !Boolean.FALSE.equals(s.renting()))
                    .add("is_returning", !Boolean.FALSE.equals(s.returning()))
                    .add("last_reported", time(s.lastReported() == null ? now : s.lastReported()));
            if (s.docksAvailable() != null) {
                station.add("num_docks_available", s.docksAvailable());
            }
            stations.add(station);
        }
        return Json.createObjectBuilder().add("stations", stations).build();
    }

    JsonObject vehicleStatus(Instant now) {
        JsonArrayBuilder vehicles = Json.createArrayBuilder();
        for (BikeVehicle v : publishable()) {
            JsonObjectBuilder vehicle = Json.createObjectBuilder().add("vehicle_id", vehicleId.apply(v.operator() + ":" + v.id()))
                    .add("is_reserved", v.reserved()).add("is_disabled", v.disabled()).add("vehicle_type_id", v.operator() + ":" + v.typeId())
                    .add("last_reported", time(v.lastReported() == null ? now : v.lastReported()));
            if (v.latitude() != null && v.longitude() != null) {
                vehicle.add("lat", v.latitude()).add("lon", v.longitude());
            }
            if (v.stationId() != null) {
                vehicle.add("station_id", v.operator() + ":" + v.stationId());
            }
            if (v.rangeMeters() != null) {
                vehicle.add("current_range_meters", v.rangeMeters());
            }
            if (v.fuel() != null) {
                vehicle.add("current_fuel_percent", v.fuel());
            }
            vehicles.add(vehicle);
        }
        return Json.createObjectBuilder().add("vehicles", vehicles).build();
    }

    JsonObject pricingPlans() {
        JsonArrayBuilder plans = Json.createArrayBuilder();
        for (CityFeedSource.Operator o : source.operators()) {
            for (JsonObject p : o.pricingPlans().getValuesAs(JsonObject.class)) {
                JsonObjectBuilder plan = Json.createObjectBuilder().add("plan_id", o.code() + ":" + p.getString("plan_id"))
                        .add("name", localized(GbfsData.text(p.get("name"), o.language()))).add("currency", p.getString("currency"))
                        .add("price", p.get("price")).add("is_taxable", p.get("is_taxable"))
                        .add("description", localized(GbfsData.text(p.get("description"), o.language())));
                for (String pricing : List.of("per_min_pricing", "per_km_pricing")) {
                    if (p.containsKey(pricing)) {
                        plan.add(pricing, p.get(pricing));
                    }
                }
                plans.add(plan);
            }
        }
        return Json.createObjectBuilder().add("plans", plans).build();
    }

    JsonObject alerts() {
        JsonArrayBuilder alerts = Json.createArrayBuilder();
        for (CityFeedSource.Operator o : source.operators()) {
            for (JsonObject a : o.alerts().getValuesAs(JsonObject.class)) {
                JsonObjectBuilder alert = Json.createObjectBuilder().add("alert_id", o.code() + ":" + a.getString("alert_id"))
                        .add("type", a.getString("type")).add("summary", localized(GbfsData.text(a.get("summary"), o.language())));
                if (a.containsKey("description")) {
                    alert.add("description", localized(GbfsData.text(a.get("description"), o.language())));
                }
                if (a.containsKey("station_ids")) {
                    JsonArrayBuilder stations = Json.createArrayBuilder();
                    a.getJsonArray("station_ids").getValuesAs(jakarta.json.JsonString.class).forEach(s -> stations.add(o.code() + ":" + s.getString()));
                    alert.add("station_ids", stations);
                }
                alerts.add(alert);
            }
        }
        return Json.createObjectBuilder().add("alerts", alerts).build();
    }

    /** Vehicles of a type the feed describes: vehicle_status must name a type of vehicle_types when there is one. */
    private List<BikeVehicle> publishable() {
        Set<String> known = knownTypes();
        return source.vehicles().stream().filter(v -> v.typeId() != null && known.contains(v.operator() + ":" + v.typeId())).toList();
    }

    private Set<String> knownTypes() {
        Set<String> types = new java.util.TreeSet<>();
        for (CityFeedSource.Operator o : source.operators()) {
            o.vehicleTypes().getValuesAs(JsonObject.class).forEach(t -> types.add(o.code() + ":" + t.getString("vehicle_type_id")));
        }
        return types;
    }

    /** A text as GBFS 3.0's localized string: the same text in each of the city's languages. */
    private JsonArray localized(String text) {
        JsonArrayBuilder texts = Json.createArrayBuilder();
        languages.forEach(l -> texts.add(Json.createObjectBuilder().add("text", text).add("language", l)));
        return texts.build();
    }

    static String time(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}

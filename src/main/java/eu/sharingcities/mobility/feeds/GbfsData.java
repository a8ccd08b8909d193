package eu.sharingcities.mobility.feeds;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A feed's stations and vehicles in the platform's terms, whatever its version: 3.0's localized
 * names and RFC 3339 times, 2.x's plain names and POSIX times, 2.x's num_bikes_* and
 * free_bike_status for 3.0's num_vehicles_* and vehicle_status. Read from files that passed their
 * schema ({@link GbfsFeedReader}), so required fields are there.
 */
public final class GbfsData {

    /** A docking station with its latest status (status fields null before station_status was read). */
    public record Station(String id, String name, double latitude, double longitude, Integer capacity, Integer vehiclesAvailable,
                          Integer vehiclesDisabled, Integer docksAvailable, Boolean renting, Boolean returning, Instant lastReported) {
    }

    /** A vehicle the operator lists: at a station or free-floating; fuel 0..1 where the operator says. */
    public record Vehicle(String id, String typeId, Double latitude, Double longitude, String stationId, Double fuel, Double rangeMeters,
                          boolean reserved, boolean disabled, Instant lastReported) {
    }

    private GbfsData() {
    }

    public static List<Station> stations(GbfsFeedReader feed, String language) {
        Map<String, JsonObject> status = new HashMap<>();
        feed.data("station_status").ifPresent(d -> d.getJsonArray("stations").getValuesAs(JsonObject.class)
                .forEach(s -> status.put(s.getString("station_id"), s)));
        List<Station> stations = new ArrayList<>();
        feed.data("station_information").ifPresent(d -> {
            for (JsonObject s : d.getJsonArray("stations").getValuesAs(JsonObject.class)) {
                JsonObject st = status.get(s.getString("station_id"));
                stations.add(new Station(s.getString("station_id"), text(s.get("name"), language), number(s, "lat"), number(s, "lon"),
                        integer(s, "capacity"), st == null ? null : integer(st, st.containsKey("num_vehicles_available") ? "num_vehicles_available"
                        : "num_bikes_available"), st == null ? null : integer(st, st.containsKey("num_vehicles_disabled") ? "num_vehicles_disabled"
                        : "num_bikes_disabled"), st == null ? null : integer(st, "num_docks_available"),
                        st == null ? null : st.getBoolean("is_renting", true), st == null ? null : st.getBoolean("is_returning", true),
                        st == null ? null : time(st.get("last_reported"))));
            }
        });
        return stations;
    }

    public static List<Vehicle> vehicles(GbfsFeedReader feed) {
        JsonObject data = feed.data("vehicle_status").or(() -> feed.data("free_bike_status")).orElse(null);
        if (data == null) {
            return List.of();
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (JsonObject v : data.getJsonArray(data.containsKey("vehicles") ? "vehicles" : "bikes").getValuesAs(JsonObject.class)) {
            vehicles.add(new Vehicle(v.getString(v.containsKey("vehicle_id") ? "vehicle_id" : "bike_id"), v.getString("vehicle_type_id", null),
                    v.containsKey("lat") ? number(v, "lat") : null, v.containsKey("lon") ? number(v, "lon") : null, v.getString("station_id", null),
                    v.containsKey("current_fuel_percent") ? number(v, "current_fuel_percent") : null,
                    v.containsKey("current_range_meters") ? number(v, "current_range_meters") : null, v.getBoolean("is_reserved", false),
                    v.getBoolean("is_disabled", false), v.containsKey("last_reported") ? time(v.get("last_reported")) : null));
        }
        return vehicles;
    }

    /** A file's list as the operator wrote it (vehicle_types, plans, alerts), empty when the feed has none. */
    public static jakarta.json.JsonArray list(GbfsFeedReader feed, String file, String array) {
        return feed.data(file).filter(d -> d.containsKey(array)).map(d -> d.getJsonArray(array)).orElse(jakarta.json.JsonValue.EMPTY_JSON_ARRAY);
    }

    /** 3.0: the text in {@code language}, else the first; 2.x: the string. */
    public static String text(JsonValue value, String language) {
        if (value == null) {
            return "";
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return ((jakarta.json.JsonString) value).getString();
        }
        List<JsonObject> texts = value.asJsonArray().getValuesAs(JsonObject.class);
        return texts.stream().filter(t -> language.equals(t.getString("language", ""))).findFirst()
                .or(() -> texts.stream().findFirst()).map(t -> t.getString("text")).orElse("");
    }

    /** 3.0: an RFC 3339 time; 2.x: seconds since the epoch. */
    public static Instant time(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.NUMBER ? Instant.ofEpochSecond(((JsonNumber) value).longValue())
                : OffsetDateTime.parse(((jakarta.json.JsonString) value).getString()).toInstant();
    }

    private static double number(JsonObject o, String field) {
        return o.getJsonNumber(field).doubleValue();
    }

    private static Integer integer(JsonObject o, String field) {
        return o.containsKey(field) && o.get(field).getValueType() == JsonValue.ValueType.NUMBER ? o.getJsonNumber(field).intValue() : null;
    }
}

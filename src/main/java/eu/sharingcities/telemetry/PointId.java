package eu.sharingcities.telemetry;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * A point of the registry by its database id. Typed because features hold many ints and longs of
 * their own (meter, building, heat pump ids) next to the points they read, and a map keyed by one
 * answers nothing, silently, when asked with another. Ingestion's hot path keeps the plain int.
 */
@JsonbTypeAdapter(PointId.AsNumber.class)
public record PointId(int value) {

    /** The id of a nullable column: null stays null (a meter fed only by imported bills has no point). */
    public static PointId orNull(Number id) {
        return id == null ? null : new PointId(id.intValue());
    }

    @Override
    public String toString() {
        return "point " + value;
    }

    /** In JSON a point id is the number it has always been. */
    public static final class AsNumber implements JsonbAdapter<PointId, Integer> {

        @Override
        public Integer adaptToJson(PointId id) {
            return id.value();
        }

        @Override
        public PointId adaptFromJson(Integer value) {
            return new PointId(value);
        }
    }
}

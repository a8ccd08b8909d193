package eu.sharingcities.lighting.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.function.Consumer;

/**
 * A city's lamps on a Leaflet map, clustered when zoomed out (lighting-map.js): each lamp coloured
 * by its state, the streets, the buildings, the heat pumps and the bike stations as layers of their own. A click on a lamp tells
 * {@code onLamp} its code. The lamps are sent as the compact rows of LightingMap#json and kept in
 * the browser: a refresh redraws only lamps whose state changed.
 */
@JavaScript("context://webjars/leaflet/1.9.4/dist/leaflet.js")
@JavaScript("context://webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js")
@JavaScript("context://lighting-map.js")
@StyleSheet("context://webjars/leaflet/1.9.4/dist/leaflet.css")
@StyleSheet("context://webjars/leaflet-markercluster/1.4.1/MarkerCluster.css")
class LampMap extends Div {

    /** A line on the map with its name (a street). */
    record Line(String name, List<double[]> points) {
    }

    /** A named place on the map (a building). */
    record Place(String name, double latitude, double longitude) {
    }

    /** What the map shows beside the lamps, each a layer of its own. */
    record Layers(List<Line> streets, List<Place> buildings, List<Place> heatPumps, List<Place> bikeStations) {
    }

    private final Consumer<String> onLamp;
    private final String options;

    LampMap(double latitude, double longitude, String tiles, String attribution, Layers layers, java.util.function.Function<String, String> label,
            Consumer<String> onLamp) {
        this.onLamp = onLamp;
        addClassName("lamp-map");
        setId("lamp-map");
        getElement().setAttribute("role", "application");
        getElement().setAttribute("aria-label", label.apply("lighting.map"));
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (Line line : layers.streets()) {
            JsonArrayBuilder points = Json.createArrayBuilder();
            line.points().forEach(p -> points.add(Json.createArrayBuilder().add(p[0]).add(p[1])));
            lines.add(Json.createObjectBuilder().add("name", line.name()).add("points", points));
        }
        JsonObjectBuilder labels = Json.createObjectBuilder().add("lamps", label.apply("lighting.layer.lamps"))
                .add("streets", label.apply("lighting.layer.streets")).add("buildings", label.apply("lighting.layer.buildings"))
                .add("heatPumps", label.apply("lighting.layer.heatPumps")).add("bikeStations", label.apply("lighting.layer.bikeStations"));
        this.options = Json.createObjectBuilder().add("center", Json.createArrayBuilder().add(latitude).add(longitude)).add("zoom", 15)
                .add("tiles", tiles).add("attribution", attribution).add("streets", lines).add("buildings", places(layers.buildings()))
                .add("heatPumps", places(layers.heatPumps())).add("bikeStations", places(layers.bikeStations())).add("labels", labels)
                .build().toString();
    }

    private static JsonArrayBuilder places(List<Place> places) {
        JsonArrayBuilder json = Json.createArrayBuilder();
        places.forEach(p -> json.add(Json.createObjectBuilder().add("name", p.name())
                .add("at", Json.createArrayBuilder().add(p.latitude()).add(p.longitude()))));
        return json;
    }

    /** Draws the lamps (the first time the map with them). */
    void show(String lampsJson) {
        getElement().executeJs("window.platformMaps.draw(this, $0, $1)", lampsJson, options);
    }

    /** Zooms to a lamp and marks it. */
    void focus(String code) {
        getElement().executeJs("window.platformMaps.focus(this, $0)", code);
    }

    @ClientCallable
    private void lampClicked(String code) {
        onLamp.accept(code);
    }
}

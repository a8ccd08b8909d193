package eu.sharingcities.mobility.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.List;
import java.util.function.Function;

/**
 * The city's bike stations (coloured by whether they have a bike and a free dock, hubs larger) and
 * its public transport stops on the lighting page's map (lighting-map.js), each a layer of its own.
 */
@JavaScript("context://webjars/leaflet/1.9.4/dist/leaflet.js")
@JavaScript("context://webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js")
@JavaScript("context://lighting-map.js")
@StyleSheet("context://webjars/leaflet/1.9.4/dist/leaflet.css")
@StyleSheet("context://webjars/leaflet-markercluster/1.4.1/MarkerCluster.css")
class MobilityMap extends Div {

    /** A station: its label, where it is, "empty", "full" or "ok", and whether it is a hub. */
    record Station(String label, double latitude, double longitude, String state, boolean hub) {
    }

    /** A stop with its label. */
    record Stop(String label, double latitude, double longitude) {
    }

    MobilityMap(double latitude, double longitude, String tiles, String attribution, List<Station> stations, List<Stop> stops,
                Function<String, String> label) {
        addClassName("lamp-map");
        setId("mobility-map");
        getElement().setAttribute("role", "application");
        getElement().setAttribute("aria-label", label.apply("mobility.map"));
        JsonArrayBuilder bikes = Json.createArrayBuilder();
        stations.forEach(s -> bikes.add(Json.createObjectBuilder().add("name", s.label()).add("state", s.state()).add("hub", s.hub())
                .add("at", Json.createArrayBuilder().add(s.latitude()).add(s.longitude()))));
        JsonArrayBuilder transit = Json.createArrayBuilder();
        stops.forEach(s -> transit.add(Json.createObjectBuilder().add("name", s.label())
                .add("at", Json.createArrayBuilder().add(s.latitude()).add(s.longitude()))));
        String options = Json.createObjectBuilder().add("center", Json.createArrayBuilder().add(latitude).add(longitude)).add("zoom", 15)
                .add("tiles", tiles).add("attribution", attribution).add("bikeStations", bikes).add("stops", transit)
                .add("labels", Json.createObjectBuilder().add("bikeStations", label.apply("mobility.layer.stations"))
                        .add("stops", label.apply("mobility.layer.stops")))
                .build().toString();
        getElement().executeJs("window.platformMaps.draw(this, $0, $1)", "{\"lamps\":[]}", options);
    }
}

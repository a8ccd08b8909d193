package eu.sharingcities.mobility.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import eu.sharingcities.mobility.transit.MobilityHubs;

import java.util.List;
import java.util.Locale;

/** Today's mobility hubs, best score first: the station, its stop, how far, how frequent, how many bikes and docks now. */
class HubTable extends Div {

    HubTable(List<MobilityHubs.Hub> hubs) {
        setId("mobility-hubs");
        add(new H2(getTranslation("mobility.hubs")), new Paragraph(getTranslation("mobility.hubs.help")));
        Grid<MobilityHubs.Hub> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(h -> h.station().name()).setHeader(getTranslation("mobility.hub.station")).setFlexGrow(2);
        grid.addColumn(h -> h.stop().name()).setHeader(getTranslation("mobility.hub.stop")).setFlexGrow(2);
        grid.addColumn(h -> Math.round(h.metres()) + " m").setHeader(getTranslation("mobility.hub.distance"));
        grid.addColumn(MobilityHubs.Hub::peakDepartures).setHeader(getTranslation("mobility.hub.departures"));
        grid.addColumn(h -> count(h.station().vehiclesAvailable()) + " / " + count(h.station().docksAvailable()))
                .setHeader(getTranslation("mobility.hub.bikesDocks"));
        grid.addColumn(h -> String.format(Locale.ROOT, "%.1f", h.score())).setHeader(getTranslation("mobility.hub.score"));
        grid.setItems(hubs.stream().sorted((a, b) -> Double.compare(b.score(), a.score())).toList());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private static String count(Integer n) {
        return n == null ? "–" : String.valueOf(n);
    }
}

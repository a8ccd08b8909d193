package eu.sharingcities.mobility.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.lighting.MapTiles;
import eu.sharingcities.mobility.BikeShare;
import eu.sharingcities.mobility.BikeStation;
import eu.sharingcities.mobility.kpi.MobilityKpis;
import eu.sharingcities.mobility.transit.MobilityHubs;
import eu.sharingcities.mobility.transit.Transit;
import eu.sharingcities.mobility.transit.TransitStop;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.Role;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shared e-bikes and public transport in the city: its stations and stops on the map, today's
 * mobility hubs, and the KPIs per day with their method and a CSV export.
 */
@CityMenu(value = "nav.mobility", order = 107)
@Route(value = ":city/mobility", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class MobilityView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    BikeShare bikeShare;

    @Inject
    Transit transit;

    @Inject
    MobilityKpis kpis;

    @Inject
    MapTiles tiles;

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        removeAll();
        LocalDate today = LocalDate.now(city.zone());
        List<BikeStation> stations = bikeShare.stations(city.code());
        List<TransitStop> stops = transit.stops(city.code(), today);
        List<MobilityHubs.Hub> hubs = transit.hubs(city.code(), today, Transit.HUB_RADIUS_METRES, Transit.FREQUENT_DEPARTURES_PER_HOUR);
        Set<String> hubStations = hubs.stream().map(h -> h.station().key()).collect(Collectors.toSet());
        int bikes = stations.stream().mapToInt(s -> s.vehiclesAvailable() == null ? 0 : s.vehiclesAvailable()).sum();
        int docks = stations.stream().mapToInt(s -> s.docksAvailable() == null ? 0 : s.docksAvailable()).sum();
        Paragraph summary = new Paragraph(getTranslation("mobility.summary", stations.size(), bikes, docks, stops.size(), hubs.size()));
        summary.setId("mobility-summary");
        double latitude = stations.stream().mapToDouble(BikeStation::latitude).average().orElse(city.latitude());
        double longitude = stations.stream().mapToDouble(BikeStation::longitude).average().orElse(city.longitude());
        MobilityMap map = new MobilityMap(latitude, longitude, tiles.url(city.code()), tiles.attribution(city.code()),
                stations.stream().map(s -> new MobilityMap.Station(label(s), s.latitude(), s.longitude(), state(s),
                        hubStations.contains(s.key()))).toList(),
                stops.stream().map(s -> new MobilityMap.Stop(getTranslation("mobility.stop", s.name(), s.peakDepartures()), s.latitude(),
                        s.longitude())).toList(),
                this::getTranslation);
        add(new H1(getTranslation("nav.mobility")), summary, map, new HubTable(hubs), new KpiSection(kpis, city.code(), today));
    }

    private String label(BikeStation s) {
        return getTranslation("lighting.bikeStation", s.name(), s.vehiclesAvailable() == null ? "–" : s.vehiclesAvailable(),
                s.docksAvailable() == null ? "–" : s.docksAvailable());
    }

    /** Whether a rider finds a bike and a free dock: "empty" with no bike, "full" with no dock. */
    private static String state(BikeStation s) {
        if (s.vehiclesAvailable() != null && s.vehiclesAvailable() == 0) {
            return "empty";
        }
        return s.docksAvailable() != null && s.docksAvailable() == 0 ? "full" : "ok";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mobility");
    }
}

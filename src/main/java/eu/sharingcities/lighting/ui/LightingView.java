package eu.sharingcities.lighting.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.buildings.Buildings;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.heatpump.HeatPumps;
import eu.sharingcities.lighting.LampState;
import eu.sharingcities.lighting.Lamppost;
import eu.sharingcities.lighting.LightingGroups;
import eu.sharingcities.lighting.LightingMap;
import eu.sharingcities.lighting.MapTiles;
import eu.sharingcities.lighting.energy.LightingEnergy;
import eu.sharingcities.lighting.inventory.LightingInventory;
import eu.sharingcities.mobility.BikeShare;
import eu.sharingcities.lighting.schedule.LightingOverrides;
import eu.sharingcities.lighting.schedule.LightingSchedule;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.LiveRefresh;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.NotFound;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The city's street lighting: every lamppost on a map coloured by its state with the counts per
 * state, a lamp's live values, tonight's switching and power beside it (a click on the map or its
 * code), and the inventory to download or import. The states refresh every 10 s.
 */
@CityMenu(value = "nav.lighting", order = 105)
@Route(value = ":city/lighting", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class LightingView extends Main implements CityPage, HasDynamicTitle {

    private static final Duration REFRESH = Duration.ofSeconds(10);

    @Inject
    LightingMap lighting;

    @Inject
    LightingInventory inventory;

    @Inject
    MapTiles tiles;

    @Inject
    Buildings buildings;

    @Inject
    HeatPumps heatPumps;

    @Inject
    CurrentUser currentUser;

    @Inject
    LightingEnergy energy;

    @Inject
    LightingOverrides overrides;

    @Inject
    LightingSchedule schedule;

    @Inject
    LightingGroups groups;

    @Inject
    BikeShare bikeShare;

    private CityInfo city;
    private LampMap map;
    private final Div legend = new Div();
    private final LampPanel panel = new LampPanel();
    private String chosen;
    private OverridePanel overridePanel;
    private java.util.Map<String, eu.sharingcities.lighting.energy.EnergyMonth> lampEnergy = java.util.Map.of();

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        List<Lamppost> lamps = inventory.lamps(city.code());
        double latitude = lamps.stream().mapToDouble(Lamppost::latitude).average().orElse(city.latitude());
        double longitude = lamps.stream().mapToDouble(Lamppost::longitude).average().orElse(city.longitude());
        LampMap.Layers layers = new LampMap.Layers(StreetLines.of(lamps),
                buildings.places(city.code()).stream().map(b -> new LampMap.Place(b.name(), b.latitude(), b.longitude())).toList(),
                heatPumps.places(city.code()).stream().map(h -> new LampMap.Place(h.name(), h.latitude(), h.longitude())).toList(),
                bikeShare.stations(city.code()).stream().map(b -> new LampMap.Place(getTranslation("lighting.bikeStation", b.name(),
                        b.vehiclesAvailable() == null ? "–" : b.vehiclesAvailable(), b.docksAvailable() == null ? "–" : b.docksAvailable()),
                        b.latitude(), b.longitude())).toList());
        map = new LampMap(latitude, longitude, tiles.url(city.code()), tiles.attribution(city.code()), layers, this::getTranslation, this::choose);
        legend.addClassName("lamp-legend");
        legend.setId("lamp-legend");
        TextField find = new TextField();
        find.setPlaceholder(getTranslation("lighting.find"));
        find.setId("lamp-find");
        Button go = new Button(getTranslation("lighting.find.go"), click -> choose(find.getValue().trim()));
        go.setId("lamp-find-go");
        Div search = new Div(find, go);
        search.addClassName("lamp-legend");
        panel.clear(getTranslation("lighting.choose"));
        boolean operator = currentUser.require().may(Role.OPERATOR, city.code());
        overridePanel = operator ? new OverridePanel(overrides, schedule, city.code(), city.zone()) : null;
        Div side = operator ? new Div(panel, overridePanel) : new Div(panel);
        Div layout = new Div(map, side);
        layout.addClassName("lighting-layout");
        LightingEnergy.Report year = energy.report(city.code(), 12);
        lampEnergy = year.lamps();
        add(new H1(getTranslation("nav.lighting")), legend, search, layout, new EnergySection(year, energy.report(city.code(), 0)),
                new GroupsSection(inventory, groups, city.code(), currentUser.require().may(Role.CITY_ADMIN, city.code())),
                new InventorySection(inventory, city.code(), currentUser.require().may(Role.CITY_ADMIN, city.code()), this::refresh));
        refresh();
        LiveRefresh.every(this, REFRESH, this::refresh);
    }

    private void refresh() {
        List<LightingMap.MapLamp> lamps = lighting.lamps(city.code());
        map.show(LightingMap.json(lamps));
        legend.removeAll();
        Map<LampState, Long> counts = lighting.counts(lamps);
        legend.add(new Span(getTranslation("lighting.total", lamps.size())));
        for (Map.Entry<LampState, Long> count : counts.entrySet()) {
            Span marker = new Span(new Span());
            marker.addClassNames("lamp-marker", "lamp-" + count.getKey().written());
            Span item = new Span(marker, new Span(getTranslation("lighting.state." + count.getKey().written()) + ": " + count.getValue()));
            item.setId("lamps-" + count.getKey().written());
            legend.add(item);
        }
        if (chosen != null) {
            panel.show(lighting.lamp(city.code(), chosen), lampEnergy.get(chosen));
        }
    }

    private void choose(String code) {
        try {
            LightingMap.LampDetail detail = lighting.lamp(city.code(), code);
            panel.show(detail, lampEnergy.get(code));
            if (overridePanel != null) {
                overridePanel.forLamp(code, detail.group().code());
            }
            chosen = code;
            map.focus(code);
        } catch (NotFound e) {
            panel.clear(getTranslation("lighting.unknown", code));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lighting");
    }
}

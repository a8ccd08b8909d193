package eu.sharingcities.buildings.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.sharingcities.buildings.BuildingOverview.Status;
import eu.sharingcities.buildings.BuildingOverview;
import eu.sharingcities.buildings.BuildingResult;
import eu.sharingcities.buildings.Buildings;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.Role;
import jakarta.inject.Inject;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A city's buildings with their retrofit results: search, filter by use and result, sort, and export what is shown as CSV. */
@CityMenu(value = "nav.buildings", order = 70)
@Route(value = ":city/buildings", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class BuildingsView extends Main implements CityPage, HasDynamicTitle {

    private static final String ALL = "";

    @Inject
    Buildings buildings;

    private CityInfo city;
    private final TextField search = new TextField();
    private final Select<String> use = new Select<>();
    private final Select<String> status = new Select<>();

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        List<BuildingOverview> all = buildings.overview(city.code());
        ListDataProvider<BuildingOverview> data = new ListDataProvider<>(all);
        Grid<BuildingOverview> grid = grid(data);

        search.setPlaceholder(getTranslation("buildings.search"));
        search.setAriaLabel(getTranslation("buildings.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("building-search");
        use.setLabel(getTranslation("buildings.use"));
        use.setItems(ALL, "RESIDENTIAL", "OFFICE", "SCHOOL", "PUBLIC");
        use.setItemLabelGenerator(u -> u.isEmpty() ? getTranslation("buildings.all") : getTranslation("use." + u.toLowerCase()));
        use.setValue(ALL);
        use.setId("building-use");
        status.setLabel(getTranslation("buildings.result"));
        status.setItems(ALL, Status.MEASURED.name(), Status.TOO_LITTLE_DATA.name(), Status.NOT_RETROFITTED.name());
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("buildings.all") : getTranslation("status." + s.toLowerCase()));
        status.setValue(ALL);
        status.setId("building-status");
        data.setFilter(this::shown);
        search.addValueChangeListener(e -> data.refreshAll());
        use.addValueChangeListener(e -> data.refreshAll());
        status.addValueChangeListener(e -> data.refreshAll());

        Anchor csv = new Anchor((DownloadHandler) download -> {
            download.setFileName(city.code() + "-buildings.csv");
            download.setContentType("text/csv");
            Writer out = new OutputStreamWriter(download.getOutputStream(), StandardCharsets.UTF_8);
            writeCsv(all.stream().filter(this::shown).sorted(Comparator.comparing(b -> b.building().code())).toList(), out);
            out.flush();
        }, getTranslation("buildings.csv"));
        csv.setId("buildings-csv");
        RouterLink portfolio = new RouterLink(getTranslation("nav.portfolio"), PortfolioView.class, new RouteParameters("city", city.code()));
        HorizontalLayout filters = new HorizontalLayout(search, use, status, csv, portfolio);
        filters.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("nav.buildings") + " (" + all.size() + ")"), filters, grid);
    }

    private Grid<BuildingOverview> grid(ListDataProvider<BuildingOverview> data) {
        NumberFormat area = NumberFormat.getIntegerInstance(getLocale());
        Grid<BuildingOverview> grid = new Grid<>();
        grid.setId("buildings-grid");
        grid.setAriaLabel(getTranslation("nav.buildings"));
        grid.addComponentColumn(b -> new RouterLink(b.building().name(), BuildingView.class,
                        new RouteParameters(java.util.Map.of("city", city.code(), "building", b.building().code()))))
                .setHeader(getTranslation("buildings.name")).setComparator(b -> b.building().name()).setSortable(true).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(b -> b.building().address()).setHeader(getTranslation("buildings.address")).setSortable(true).setAutoWidth(true);
        grid.addColumn(b -> getTranslation("use." + b.building().use().toLowerCase())).setHeader(getTranslation("buildings.use")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(b -> area.format(b.building().floorAreaM2())).setHeader(getTranslation("buildings.area"))
                .setComparator(b -> b.building().floorAreaM2()).setSortable(true).setAutoWidth(true);
        grid.addColumn(b -> b.building().energyLabel()).setHeader(getTranslation("buildings.label")).setSortable(true).setAutoWidth(true);
        grid.addColumn(b -> b.retrofit().map(r -> getTranslation("depth." + r.depth().toLowerCase())).orElse("—"))
                .setHeader(getTranslation("buildings.retrofit")).setSortable(true).setAutoWidth(true);
        grid.addColumn(b -> getTranslation("status." + b.status().name().toLowerCase())).setHeader(getTranslation("buildings.result"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(b -> b.savingsPercent().map(p -> percent(p) + uncertainty(b)).orElse("—")).setHeader(getTranslation("buildings.savings"))
                .setComparator(b -> b.savingsPercent().orElse(-1000.0)).setSortable(true).setAutoWidth(true);
        grid.setItems(data);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private boolean shown(BuildingOverview b) {
        String text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase(Locale.ROOT);
        boolean matches = text.isEmpty() || (b.building().name() + " " + b.building().address() + " " + b.building().code())
                .toLowerCase(Locale.ROOT).contains(text);
        return matches && (use.getValue() == null || use.getValue().isEmpty() || use.getValue().equals(b.building().use()))
                && (status.getValue() == null || status.getValue().isEmpty() || status.getValue().equals(b.status().name()));
    }

    private String percent(double value) {
        return String.format(getLocale(), "%.1f %%", value);
    }

    private String uncertainty(BuildingOverview b) {
        return b.result().flatMap(BuildingResult::totals)
                .map(t -> String.format(getLocale(), " ± %.1f", t.avoidedUncertaintyKwh90() / t.adjustedBaselineKwh() * 100)).orElse("");
    }

    /** The buildings shown, one line each, numbers in plain notation so spreadsheets read them. */
    static void writeCsv(List<BuildingOverview> rows, Writer out) throws java.io.IOException {
        out.write("code,name,address,district,use,floor_area_m2,year_built,dwellings,energy_label,retrofit,result,savings_percent,"
                + "savings_uncertainty_90_percent,avoided_kwh\n");
        for (BuildingOverview b : rows) {
            var t = b.result().flatMap(BuildingResult::totals);
            out.write(String.join(",", csv(b.building().code()), csv(b.building().name()), csv(b.building().address()),
                    csv(b.building().districtName()), b.building().use(), String.valueOf(b.building().floorAreaM2()),
                    b.building().yearBuilt() == null ? "" : b.building().yearBuilt().toString(), String.valueOf(b.building().dwellings()),
                    b.building().energyLabel(), b.retrofit().map(r -> r.depth()).orElse(""), b.status().name(),
                    t.map(x -> String.format(Locale.ROOT, "%.2f", x.savingsPercent())).orElse(""),
                    t.map(x -> String.format(Locale.ROOT, "%.2f", x.avoidedUncertaintyKwh90() / x.adjustedBaselineKwh() * 100)).orElse(""),
                    t.map(x -> String.format(Locale.ROOT, "%.0f", x.avoidedKwh())).orElse("")) + "\n");
        }
    }

    private static String csv(String value) {
        return eu.sharingcities.api.CsvCell.of(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.buildings");
    }
}

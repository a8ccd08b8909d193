package eu.sharingcities.condominium.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.condominium.CondominiumSummary;
import eu.sharingcities.condominium.Condominiums;
import eu.sharingcities.condominium.DeliveryPath;
import eu.sharingcities.condominium.Funnel;
import eu.sharingcities.condominium.Stage;
import eu.sharingcities.condominium.StageEntry;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.portal.chart.Chart;
import eu.sharingcities.portal.chart.ChartKind;
import eu.sharingcities.portal.chart.Series;
import eu.sharingcities.security.Role;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The condominium pipeline: a board with a column per stage, and the funnel comparing co-design with the conventional path. */
@CityMenu(value = "nav.condominiums", order = 110)
@Route(value = ":city/condominiums", layout = CityLayout.class)
@RequiresCityRole(value = Role.VIEWER, partners = true)
@CdiComponent
class CondominiumsView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    Condominiums condominiums;

    private CityInfo city;

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        List<CondominiumSummary> board = condominiums.board(city.code());
        add(new H1(getTranslation("nav.condominiums") + " (" + board.size() + ")"), board(board));
        List<StageEntry> history = condominiums.stageHistory(city.code());
        Map<DeliveryPath, List<Long>> byPath = board.stream().collect(Collectors.groupingBy(CondominiumSummary::path,
                Collectors.mapping(CondominiumSummary::id, Collectors.toList())));
        List<Funnel> funnels = new ArrayList<>();
        for (DeliveryPath path : DeliveryPath.values()) {
            funnels.add(Funnel.of(path, byPath.getOrDefault(path, List.of()), history));
        }
        add(new H2(getTranslation("condo.funnel")), funnelChart(funnels), stageDays(funnels));
    }

    private Div board(List<CondominiumSummary> board) {
        Div columns = new Div();
        columns.addClassName("pipeline-board");
        columns.setId("pipeline-board");
        for (Stage stage : Stage.values()) {
            Div column = new Div(new H3(getTranslation("stage." + stage.name().toLowerCase())));
            column.addClassName("pipeline-column");
            column.getElement().setAttribute("data-stage", stage.name());
            board.stream().filter(c -> c.stage() == stage).forEach(c -> {
                RouterLink name = new RouterLink(c.name(), CondominiumView.class,
                        new RouteParameters(Map.of("city", city.code(), "condominium", String.valueOf(c.id()))));
                Span path = new Span(getTranslation("path." + c.path().name().toLowerCase()) + " · " + c.units() + " "
                        + getTranslation("condo.units").toLowerCase() + (c.escoOrganisation().isEmpty() ? "" : " · " + c.escoOrganisation()));
                Div card = new Div(name, path);
                card.addClassName("pipeline-card");
                column.add(card);
            });
            columns.add(column);
        }
        return columns;
    }

    private Chart funnelChart(List<Funnel> funnels) {
        Chart chart = new Chart(getTranslation("condo.funnel.title"), "%", getTranslation("chart.empty"));
        chart.setId("funnel-chart");
        List<String> stages = Stage.way().stream().map(s -> getTranslation("stage." + s.name().toLowerCase())).toList();
        chart.showByCategory(stages, funnels.stream().map(f -> Series.ofValues(getTranslation("path." + f.path().name().toLowerCase())
                        + " (" + f.condominiums() + ")", ChartKind.BAR,
                Stage.way().stream().map(s -> Math.round(1000 * f.reachedShare().get(s)) / 10.0).toList())).toList());
        return chart;
    }

    private Grid<Funnel> stageDays(List<Funnel> funnels) {
        Grid<Funnel> grid = new Grid<>();
        grid.setId("stage-days");
        grid.addColumn(f -> getTranslation("path." + f.path().name().toLowerCase())).setHeader(getTranslation("condo.days.per.stage"))
                .setAutoWidth(true);
        for (Stage s : Stage.way().subList(0, Stage.way().size() - 1)) {
            grid.addColumn(f -> f.meanDaysInStage().containsKey(s) ? String.format(getLocale(), "%.0f", f.meanDaysInStage().get(s)) : "—")
                    .setHeader(getTranslation("stage." + s.name().toLowerCase())).setAutoWidth(true);
        }
        grid.addColumn(f -> String.format(getLocale(), "%.0f %%", 100 * f.realisedShare())).setHeader(getTranslation("condo.realised.share"))
                .setAutoWidth(true);
        grid.setItems(funnels);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.condominiums");
    }
}

package eu.sharingcities.telemetry.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.FormProblem;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.portal.chart.Chart;
import eu.sharingcities.portal.chart.ChartKind;
import eu.sharingcities.portal.chart.Series;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.telemetry.PointMeanings;
import eu.sharingcities.telemetry.PointRole;
import eu.sharingcities.telemetry.PointSummary;
import eu.sharingcities.telemetry.SeriesPoint;
import eu.sharingcities.telemetry.Telemetry;
import jakarta.inject.Inject;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Every point of a city: search, newest value with its quality and age, a chart over a chosen
 * range (served from the rollup that fits), and the raw values of that range as CSV.
 */
@CityMenu(value = "nav.points", order = 40)
@Route(value = ":city/points", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class PointsView extends Main implements CityPage, HasDynamicTitle {

    /** The ranges offered, in the order shown. */
    enum Range {
        HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), YEAR(Duration.ofDays(365));

        final Duration length;

        Range(Duration length) {
            this.length = length;
        }
    }

    @Inject
    Telemetry telemetry;

    @Inject
    CurrentUser currentUser;

    @Inject
    PointMeanings meanings;

    private CityInfo city;
    private final Grid<PointSummary> grid = new Grid<>();
    private final Div detail = new Div();
    private final Select<Range> range = new Select<>();
    private PointSummary selected;

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("points.search"));
        search.setAriaLabel(getTranslation("points.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("point-search");

        NumberFormat values = NumberFormat.getNumberInstance(getLocale());
        values.setMaximumFractionDigits(2);
        grid.removeAllColumns();
        grid.addColumn(PointSummary::code).setHeader(getTranslation("points.code")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PointSummary::asset).setHeader(getTranslation("points.asset")).setAutoWidth(true);
        grid.addColumn(p -> p.role() == null ? "—" : p.role()).setHeader(getTranslation("points.role")).setAutoWidth(true);
        grid.addColumn(p -> p.lastValue() == null || p.lastValue().isNaN() ? "—" : values.format(p.lastValue()) + " " + p.unit())
                .setHeader(getTranslation("points.value")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("quality." + p.quality().name().toLowerCase())).setHeader(getTranslation("points.quality")).setAutoWidth(true);
        grid.addColumn(p -> p.lastTime() == null ? "—" : age(p.lastTime())).setHeader(getTranslation("points.age")).setAutoWidth(true);
        grid.setItems(query -> telemetry.points(city.code(), search.getValue(), query.getOffset(), query.getLimit()).stream());
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::show));
        grid.setHeight("24rem");
        grid.setAriaLabel(getTranslation("nav.points"));

        range.setItems(Range.values());
        range.setItemLabelGenerator(r -> getTranslation("range." + r.name().toLowerCase()));
        range.setValue(Range.HOUR);
        range.setAriaLabel(getTranslation("points.range"));
        range.addValueChangeListener(change -> {
            if (selected != null) {
                show(selected);
            }
        });
        add(new H1(getTranslation("nav.points") + " (" + telemetry.countPoints(city.code()) + ")"), search, grid, detail);
    }

    private void show(PointSummary point) {
        selected = point;
        Instant to = Instant.now();
        Instant from = to.minus(range.getValue().length);
        List<SeriesPoint> series = telemetry.series(point.id(), from, to);
        Chart chart = new Chart(point.code(), point.unit(), getTranslation("chart.empty"));
        chart.setId("point-chart");
        chart.showOverTime(series.isEmpty() ? List.of() : List.of(new Series(point.code(), ChartKind.LINE,
                series.stream().map(s -> new Series.Point(s.at(), s.value())).toList())), city.zone());
        DownloadHandler rawValues = download -> {
            download.setFileName(point.code() + ".csv");
            download.setContentType("text/csv");
            Writer out = new OutputStreamWriter(download.getOutputStream(), StandardCharsets.UTF_8);
            telemetry.exportCsv(point.id(), from, to, out);
            out.flush();
        };
        Anchor csv = new Anchor(rawValues, getTranslation("points.csv"));
        csv.setId("point-csv");
        detail.removeAll();
        detail.add(new H2(point.code()), meaning(point), new HorizontalLayout(range, csv), chart);
    }

    /** The point's asset and role; a city admin sets them where the configuration file leaves them out. */
    private Div meaning(PointSummary point) {
        Div section = new Div();
        section.setId("point-meaning");
        if (point.meaningInFile() || !currentUser.require().may(Role.CITY_ADMIN, city.code())) {
            section.add(new Paragraph(getTranslation("points.asset") + ": " + (point.asset().isEmpty() ? "—" : point.asset()) + " · "
                    + getTranslation("points.role") + ": " + (point.role() == null ? getTranslation("points.meaning.none") : point.role())
                    + (point.meaningInFile() ? " · " + getTranslation("points.meaning.file") : "")));
            return section;
        }
        TextField asset = new TextField(getTranslation("points.asset"), point.asset(), "");
        asset.setId("point-asset");
        ComboBox<String> role = new ComboBox<>(getTranslation("points.role"), Arrays.stream(PointRole.values()).map(PointRole::written).toList());
        role.setId("point-role");
        role.setClearButtonVisible(true);
        role.setValue(point.role());
        Paragraph problem = new Paragraph();
        problem.setClassName("form-problem");
        Button save = new Button(getTranslation("points.meaning.save"), click -> FormProblem.attempt(problem,
                () -> meanings.assign(city.code(), point.code(), asset.getValue(), role.getValue()), () -> {
                    grid.getDataProvider().refreshAll();
                    telemetry.point(point.id()).ifPresent(this::show);
                }));
        save.setId("point-meaning-save");
        section.add(new H3(getTranslation("points.meaning")), new HorizontalLayout(asset, role, save), problem);
        return section;
    }

    private String age(Instant at) {
        Duration age = Duration.between(at, Instant.now());
        if (age.toSeconds() < 120) {
            return getTranslation("age.seconds", Math.max(0, age.toSeconds()));
        }
        if (age.toMinutes() < 120) {
            return getTranslation("age.minutes", age.toMinutes());
        }
        return getTranslation("age.hours", age.toHours());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.points");
    }
}

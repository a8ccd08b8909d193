package eu.sharingcities.buildings.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.sharingcities.buildings.BuildingOverview;
import eu.sharingcities.buildings.BuildingRegistry;
import eu.sharingcities.buildings.BuildingResult;
import eu.sharingcities.buildings.Buildings;
import eu.sharingcities.buildings.Meter;
import eu.sharingcities.buildings.MeterImports;
import eu.sharingcities.buildings.RetrofitProject;
import eu.sharingcities.buildings.mv.FitStatistics;
import eu.sharingcities.buildings.mv.SavingsReport;
import eu.sharingcities.buildings.report.BuildingReport;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.Counter;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.portal.chart.Chart;
import eu.sharingcities.portal.chart.ChartKind;
import eu.sharingcities.portal.chart.Series;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Message;
import jakarta.inject.Inject;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One building: what it is, its meters (operators import bills here), its retrofit's periods and
 * measures, the baseline against what it used with the 90 % band, the savings adding up, and each
 * meter's fit statistics; a printable PDF of it all.
 */
@Route(value = ":city/buildings/:building", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class BuildingView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    Buildings buildings;

    @Inject
    MeterImports imports;

    @Inject
    BuildingRegistry registry;

    @Inject
    CurrentUser currentUser;

    private CityInfo city;
    private String title = "";

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        String code = event.getRouteParameters().get("building").orElse("");
        BuildingOverview building = buildings.overview(city.code(), code).orElse(null);
        removeAll();
        if (building == null) {
            title = getTranslation("building.unknown", code);
            add(new H1(title));
            return;
        }
        show(building);
    }

    private void show(BuildingOverview b) {
        removeAll();
        title = b.building().name();
        NumberFormat integer = NumberFormat.getIntegerInstance(getLocale());
        Paragraph facts = new Paragraph(String.join(" · ", b.building().address(), b.building().districtName(),
                getTranslation("use." + b.building().use().toLowerCase()), integer.format(b.building().floorAreaM2()) + " m²",
                b.building().yearBuilt() == null ? "" : getTranslation("building.built", String.valueOf(b.building().yearBuilt())),
                b.building().dwellings() > 0 ? getTranslation("building.dwellings", b.building().dwellings()) : "",
                b.building().energyLabel().isEmpty() ? "" : getTranslation("building.label", b.building().energyLabel()),
                b.building().heatingSystem()).replaceAll("( · )+$", "").replace(" ·  · ", " · "));
        Locale reader = getLocale();
        Anchor pdf = new Anchor((DownloadHandler) download -> {
            download.setFileName(city.code() + "-" + b.building().code() + ".pdf");
            download.setContentType("application/pdf");
            BuildingReport.write(b, city.zone(), reader, download.getOutputStream());

        }, getTranslation("building.pdf"));
        pdf.setId("building-pdf");
        add(new H1(title), facts, pdf);
        b.retrofit().ifPresent(r -> add(new H2(getTranslation("building.retrofit")), timeline(r)));
        b.result().ifPresent(this::results);
        add(new H2(getTranslation("building.meters")), meters(b));
        if (currentUser.require().may(Role.OPERATOR, city.code())) {
            add(new RetrofitForm(registry, city.code(), b.building().code(),
                    () -> buildings.overview(city.code(), b.building().code()).ifPresent(this::show)));
        }
    }

    private Div timeline(RetrofitProject r) {
        NumberFormat money = NumberFormat.getIntegerInstance(getLocale());
        UnorderedList steps = new UnorderedList(
                new ListItem(getTranslation("building.baseline", r.baselineStart(), r.installationStart().minusDays(1))),
                new ListItem(getTranslation("building.installation", r.installationStart(), r.installationEnd())),
                new ListItem(getTranslation("building.reporting", r.reportingStart(),
                        r.reportingEnd() == null ? getTranslation("building.ongoing") : r.reportingEnd())));
        steps.addClassName("retrofit-timeline");
        Paragraph what = new Paragraph(r.name() + " (" + getTranslation("depth." + r.depth().toLowerCase()) + "): "
                + String.join(", ", r.measures().stream().map(m -> getTranslation("measure." + m.name().toLowerCase())).toList())
                + " · " + money.format(r.costEur()) + " € · " + r.funding());
        Div timeline = new Div(what, steps);
        timeline.setId("retrofit");
        return timeline;
    }

    private void results(BuildingResult result) {
        add(new H2(getTranslation("building.mv")));
        if (result.totals().isEmpty()) {
            UnorderedList problems = new UnorderedList(result.problems().stream().map(m -> new ListItem(m.in(getLocale()))).toArray(ListItem[]::new));
            problems.setId("mv-problems");
            add(new Paragraph(getTranslation("building.insufficient")), problems);
        } else {
            BuildingResult.Totals t = result.totals().get();
            NumberFormat kwh = NumberFormat.getIntegerInstance(getLocale());
            Div counters = new Div(
                    Counter.of("savings", getTranslation("building.savings"), String.format(getLocale(), "%.1f %%", t.savingsPercent())),
                    Counter.of("uncertainty", getTranslation("building.uncertainty"),
                            String.format(getLocale(), "± %.1f %%", 100 * t.fractionalUncertainty90())),
                    Counter.of("avoided", getTranslation("building.avoided"), kwh.format(t.avoidedKwh()) + " kWh"),
                    Counter.of("guideline14", getTranslation("building.guideline14"),
                            getTranslation(t.meetsGuideline14() ? "building.guideline14.met" : "building.guideline14.missed")));
            counters.addClassName("counters");
            counters.setId("mv-totals");
            add(counters);
        }
        if (!result.days().isEmpty()) {
            add(baselineChart(result.days()), cumulativeChart(result.days()));
        }
        add(statistics(result));
    }

    private Chart baselineChart(List<BuildingResult.Day> days) {
        Chart chart = new Chart(getTranslation("building.chart.title"), "kWh", getTranslation("chart.empty"));
        chart.setId("baseline-chart");
        List<Series.Point> actual = new ArrayList<>(), baseline = new ArrayList<>(), low = new ArrayList<>(), high = new ArrayList<>();
        for (BuildingResult.Day d : days) {
            Instant at = d.day().atStartOfDay(city.zone()).toInstant();
            actual.add(new Series.Point(at, d.actualKwh()));
            baseline.add(new Series.Point(at, d.baselineKwh()));
            if (d.reporting()) {
                low.add(new Series.Point(at, d.bandLowKwh()));
                high.add(new Series.Point(at, d.bandHighKwh()));
            }
        }
        chart.showOverTimeWithBand(List.of(new Series(getTranslation("building.chart.actual"), ChartKind.LINE, actual),
                        new Series(getTranslation("building.chart.baseline"), ChartKind.LINE, baseline)),
                new Series(getTranslation("building.chart.band.low"), ChartKind.LINE, low),
                new Series(getTranslation("building.chart.band"), ChartKind.AREA, high), city.zone());
        return chart;
    }

    private Chart cumulativeChart(List<BuildingResult.Day> days) {
        Chart chart = new Chart(getTranslation("building.cumulative.title"), "kWh", getTranslation("chart.empty"));
        chart.setId("cumulative-chart");
        List<Series.Point> saved = new ArrayList<>();
        double sum = 0;
        for (BuildingResult.Day d : days) {
            if (d.reporting()) {
                sum += d.baselineKwh() - d.actualKwh();
                saved.add(new Series.Point(d.day().atStartOfDay(city.zone()).toInstant(), sum));
            }
        }
        chart.showOverTime(List.of(new Series(getTranslation("building.cumulative.series"), ChartKind.AREA, saved)), city.zone());
        return chart;
    }

    private Grid<BuildingResult.MeterResult> statistics(BuildingResult result) {
        Grid<BuildingResult.MeterResult> grid = new Grid<>();
        grid.setId("fit-statistics");
        grid.setAriaLabel(getTranslation("building.statistics"));
        grid.addColumn(m -> m.meter().name()).setHeader(getTranslation("building.meter")).setAutoWidth(true);
        grid.addColumn(m -> m.report().map(r -> getTranslation("mv.model.kind." + r.model().kind().name().toLowerCase())).orElse("—")).setHeader(getTranslation("building.model"))
                .setAutoWidth(true);
        grid.addColumn(m -> stat(m, s -> String.format(getLocale(), "%.3f", s.rSquared()))).setHeader("R²").setAutoWidth(true);
        grid.addColumn(m -> stat(m, s -> String.format(getLocale(), "%.1f %%", s.cvRmsePercent()))).setHeader("CV(RMSE)").setAutoWidth(true);
        grid.addColumn(m -> stat(m, s -> String.format(getLocale(), "%.4f %%", s.nmbePercent()))).setHeader("NMBE").setAutoWidth(true);
        grid.addColumn(m -> stat(m, s -> String.valueOf(s.n()))).setHeader("n").setAutoWidth(true);
        grid.addColumn(m -> m.report().map(r -> String.format(getLocale(), "%.1f %% ± %.1f", r.savingsPercent(), 100 * r.fractionalUncertainty90()
                * Math.abs(r.savingsPercent()) / 100)).orElse("—")).setHeader(getTranslation("building.savings")).setAutoWidth(true);
        grid.addColumn(m -> m.report().map(SavingsReport::normalisedAnnualKwh).map(v -> NumberFormat.getIntegerInstance(getLocale()).format(v) + " kWh")
                .orElse("—")).setHeader(getTranslation("building.nac")).setAutoWidth(true);
        grid.addColumn(m -> m.report().map(r -> r.meetsGuideline14() ? getTranslation("building.guideline14.met")
                : Message.join("; ", r.guideline14Misses(), getLocale())).orElse("—")).setHeader(getTranslation("building.guideline14")).setFlexGrow(1);
        grid.setItems(result.meters());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String stat(BuildingResult.MeterResult m, java.util.function.Function<FitStatistics, String> format) {
        return m.report().map(r -> format.apply(r.model().statistics())).orElse("—");
    }

    private Div meters(BuildingOverview b) {
        List<Meter> meters = b.meters();
        Grid<Meter> grid = new Grid<>();
        grid.setId("meters");
        grid.addColumn(Meter::name).setHeader(getTranslation("building.meter")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("carrier." + m.carrier().name().toLowerCase())).setHeader(getTranslation("building.carrier"))
                .setAutoWidth(true);
        grid.addColumn(Meter::unit).setHeader(getTranslation("building.unit")).setAutoWidth(true);
        grid.addColumn(m -> m.pointCode() == null ? getTranslation("building.imported") : m.pointCode()).setHeader(getTranslation("building.source"))
                .setFlexGrow(1);
        grid.setItems(meters);
        grid.setAllRowsVisible(true);
        Div section = new Div(grid);
        if (currentUser.require().may(Role.OPERATOR, city.code()) && !meters.isEmpty()) {
            section.add(importForm(b, meters));
        }
        return section;
    }

    /** Operators import a bill or meter export into a meter; they see the first rows as read before it is stored. */
    private Div importForm(BuildingOverview b, List<Meter> meters) {
        return new MeterImportForm(imports, meters, () -> buildings.overview(city.code(), b.building().code()).ifPresent(this::show));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

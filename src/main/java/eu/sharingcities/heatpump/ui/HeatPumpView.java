package eu.sharingcities.heatpump.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.heatpump.BoilerComparison;
import eu.sharingcities.heatpump.HeatPump;
import eu.sharingcities.heatpump.HeatPumps;
import eu.sharingcities.heatpump.LicenceCompliance;
import eu.sharingcities.heatpump.Performance;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.Counter;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.portal.chart.Chart;
import eu.sharingcities.portal.chart.ChartKind;
import eu.sharingcities.portal.chart.Series;
import eu.sharingcities.security.Role;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The city's heat pumps: what they deliver and use now, SPF per month at the stated boundaries,
 * the river licence this month (with the month's report to download), and CO2 and cost against a
 * gas boiler per month and in total.
 */
@CityMenu(value = "nav.heat-pumps", order = 100)
@Route(value = ":city/heat-pumps", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class HeatPumpView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    HeatPumps heatPumps;

    private CityInfo city;

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        add(new H1(getTranslation("nav.heat-pumps")));
        List<HeatPump> all = heatPumps.heatPumps(city.code());
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("heatpump.none")));
        }
        all.forEach(hp -> show(heatPumps.overview(city.code(), hp.code())));
    }

    private void show(HeatPumps.Overview o) {
        HeatPump hp = o.heatPump();
        Map<String, Double> live = o.live();
        Div now = new Div(
                Counter.of("heat", getTranslation("heatpump.heat"), value(live.get("heat-output"), "kW")),
                Counter.of("electricity", getTranslation("heatpump.electricity"), value(live.get("electric-power"), "kW")),
                Counter.of("cop", getTranslation("heatpump.cop"), value(live.get("cop"), "")),
                Counter.of("river", getTranslation("heatpump.river"), value(live.get("river-temperature"), "°C")),
                Counter.of("flow", getTranslation("heatpump.flow"), value(live.get("river-flow"), "m³/h")),
                Counter.of("delta", getTranslation("heatpump.delta"), value(live.get("discharge-delta"), "K")),
                Counter.of("supply", getTranslation("heatpump.supply-return"), value(live.get("supply-temperature"), "") + " / "
                        + value(live.get("return-temperature"), "°C")),
                Counter.of("dwellings", getTranslation("heatpump.dwellings"), String.valueOf(hp.dwellings())));
        now.addClassName("counters");
        now.setId("heat-pump-now");
        Performance year = o.lastTwelveMonths();
        Paragraph spf = new Paragraph(getTranslation("heatpump.spf", number(year.spfH1(), 2), number(year.spfH2(), 2), year.days()));
        spf.setId("heat-pump-spf");
        Paragraph boundary = new Paragraph(getTranslation("heatpump.boundary") + " " + o.boundary());
        boundary.addClassName("note");
        add(new H2(hp.name()), now, spf, boundary, spfChart(o.months()), months(o), licence(hp, o.thisMonth()));
    }

    private Chart spfChart(List<Performance> months) {
        Chart chart = new Chart(getTranslation("heatpump.chart"), "", getTranslation("chart.empty"));
        chart.setId("spf-chart");
        chart.showByCategory(months.stream().map(Performance::label).toList(), List.of(
                Series.ofValues("SPF H1", ChartKind.LINE, months.stream().map(p -> finite(p.spfH1())).toList()),
                Series.ofValues("SPF H2", ChartKind.LINE, months.stream().map(p -> finite(p.spfH2())).toList())));
        return chart;
    }

    private Grid<Row> months(HeatPumps.Overview o) {
        Grid<Row> grid = new Grid<>();
        grid.setId("heat-pump-months");
        grid.addColumn(r -> r.p().label()).setHeader(getTranslation("heatpump.month")).setAutoWidth(true);
        grid.addColumn(r -> number(r.p().heatKwh() / 1000, 1)).setHeader(getTranslation("heatpump.heat-mwh")).setAutoWidth(true);
        grid.addColumn(r -> number(r.p().electricityKwh() / 1000, 1)).setHeader(getTranslation("heatpump.electricity-mwh")).setAutoWidth(true);
        grid.addColumn(r -> number(r.p().spfH1(), 2)).setHeader("SPF H1").setAutoWidth(true);
        grid.addColumn(r -> number(r.p().spfH2(), 2)).setHeader("SPF H2").setAutoWidth(true);
        grid.addColumn(r -> number(r.b().kgCo2Saved() / 1000, 2)).setHeader(getTranslation("heatpump.co2-saved")).setAutoWidth(true);
        grid.addColumn(r -> number(r.b().eurSaved(), 0)).setHeader(getTranslation("heatpump.eur-saved")).setAutoWidth(true);
        grid.addColumn(r -> number(r.b().cumulativeKgCo2Saved() / 1000, 1)).setHeader(getTranslation("heatpump.co2-total")).setAutoWidth(true);
        grid.addColumn(r -> number(r.b().cumulativeEurSaved(), 0)).setHeader(getTranslation("heatpump.eur-total")).setAutoWidth(true);
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = o.months().size() - 1; i >= 0; i--) {
            rows.add(new Row(o.months().get(i), o.againstBoiler().get(i)));
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private record Row(Performance p, BoilerComparison.Month b) {
    }

    private Div licence(HeatPump hp, LicenceCompliance month) {
        Paragraph limits = new Paragraph(hp.maxAbstractionM3PerDay() == null && hp.maxDischargeDeltaK() == null ? getTranslation("heatpump.no-licence")
                : getTranslation("heatpump.licence", hp.licenceReference(), number(hp.maxAbstractionM3PerDay(), 0), number(hp.maxDischargeDeltaK(), 1)));
        Paragraph status = new Paragraph(getTranslation("heatpump.licence.month", month.month().toString(), month.breachDays(), month.missingDays(),
                month.days().size()));
        status.setId("licence-status");
        YearMonth shown = month.month();
        DownloadHandler report = download -> {
            download.setFileName(hp.code() + "-licence-" + shown + ".csv");
            download.setContentType("text/csv");
            download.getOutputStream().write(heatPumps.licenceReport(city.code(), hp.code(), shown).toCsv().getBytes(StandardCharsets.UTF_8));
        };
        Anchor csv = new Anchor(report, getTranslation("heatpump.licence.report"));
        csv.setId("licence-report");
        return new Div(new H2(getTranslation("heatpump.licence.title")), limits, status, csv);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    private static String value(Double value, String unit) {
        return value == null ? "–" : number(value, 1) + (unit.isEmpty() ? "" : " " + unit);
    }

    private static String number(Double value, int decimals) {
        return value == null || !Double.isFinite(value) ? "–" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.heat-pumps");
    }
}

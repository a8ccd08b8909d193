package eu.sharingcities.mobility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.sharingcities.mobility.kpi.DayKpis;
import eu.sharingcities.mobility.kpi.KpiCsv;
import eu.sharingcities.mobility.kpi.KpiFactors;
import eu.sharingcities.mobility.kpi.MobilityKpis;
import eu.sharingcities.portal.chart.Chart;
import eu.sharingcities.portal.chart.ChartKind;
import eu.sharingcities.portal.chart.Series;
import eu.sharingcities.text.Refusal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The city's KPIs over the days chosen (the last seven by default): charts of the city's figures per
 * day, a table per day and district, the method and factors they rest on, and the same as CSV.
 */
class KpiSection extends Div {

    private final MobilityKpis kpis;
    private final String city;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div body = new Div();
    private final Paragraph problem = new Paragraph();
    private List<DayKpis> shown = List.of();

    KpiSection(MobilityKpis kpis, String city, LocalDate today) {
        this.kpis = kpis;
        this.city = city;
        setId("mobility-kpis");
        from.setLabel(getTranslation("mobility.kpis.from"));
        to.setLabel(getTranslation("mobility.kpis.to"));
        from.setValue(today.minusDays(6));
        to.setValue(today);
        from.setId("kpi-from");
        to.setId("kpi-to");
        Button show = new Button(getTranslation("mobility.kpis.show"), click -> show());
        show.setId("kpi-show");
        DownloadHandler shownAsCsv = download -> {
            download.setFileName(city + "-mobility-" + from.getValue() + "-" + to.getValue() + ".csv");
            download.setContentType("text/csv");
            download.getOutputStream().write(KpiCsv.of(shown).getBytes(StandardCharsets.UTF_8));
        };
        Anchor csv = new Anchor(shownAsCsv, getTranslation("mobility.kpis.csv"));
        csv.setId("kpi-csv");
        problem.addClassName("form-problem");
        Div controls = new Div(from, to, show, csv);
        controls.addClassName("lamp-legend");
        add(new H2(getTranslation("mobility.kpis")), controls, problem, body, method(kpis.factors(city)));
        show();
    }

    private void show() {
        body.removeAll();
        problem.setText("");
        try {
            shown = kpis.days(city, from.getValue(), to.getValue());
        } catch (Refusal refused) {
            problem.setText(Refusal.in(refused, getLocale()));
            shown = List.of();
            return;
        }
        List<DayKpis> cityDays = shown.stream().filter(d -> d.district() == null).toList();
        List<String> days = cityDays.stream().map(d -> d.day().toString()).toList();
        body.add(chart("mobility.chart.trips", "", days, series(cityDays, "mobility.kpi.trips", ChartKind.BAR, d -> (double) d.trips()),
                        series(cityDays, "mobility.kpi.rebalanced", ChartKind.BAR, d -> (double) d.rebalancedBikes())),
                chart("mobility.chart.integration", "%", days, series(cityDays, "mobility.kpi.integration", ChartKind.LINE, d -> percent(d.integrationShare())),
                        series(cityDays, "mobility.kpi.hubBikes", ChartKind.LINE, d -> percent(d.hubBikeAvailability())),
                        series(cityDays, "mobility.kpi.hubDocks", ChartKind.LINE, d -> percent(d.hubDockAvailability()))),
                chart("mobility.chart.stations", "min", days, series(cityDays, "mobility.kpi.empty", ChartKind.BAR, DayKpis::emptyStationMinutes),
                        series(cityDays, "mobility.kpi.full", ChartKind.BAR, DayKpis::fullStationMinutes)),
                chart("mobility.chart.charge", "%", days, series(cityDays, "mobility.kpi.charge", ChartKind.LINE, DayKpis::meanChargePercent)),
                chart("mobility.chart.avoided", "", days, series(cityDays, "mobility.kpi.carKm", ChartKind.BAR, DayKpis::carKmAvoided),
                        series(cityDays, "mobility.kpi.co2", ChartKind.BAR, DayKpis::kgCo2Avoided)),
                table(shown));
    }

    private Chart chart(String title, String unit, List<String> days, Series... series) {
        Chart chart = new Chart(getTranslation(title), unit, getTranslation("mobility.kpis.none"));
        chart.showByCategory(days, List.of(series));
        return chart;
    }

    private Series series(List<DayKpis> days, String name, ChartKind kind, Function<DayKpis, Double> value) {
        return Series.ofValues(getTranslation(name), kind, days.stream().map(d -> value.apply(d) == null ? 0.0 : value.apply(d)).toList());
    }

    private Grid<DayKpis> table(List<DayKpis> all) {
        Grid<DayKpis> grid = new Grid<>();
        grid.setId("kpi-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(d -> d.day().toString()).setHeader(getTranslation("mobility.kpi.day"));
        grid.addColumn(d -> d.district() == null ? getTranslation("mobility.kpi.city") : d.district()).setHeader(getTranslation("mobility.kpi.area"))
                .setFlexGrow(2);
        grid.addColumn(d -> !d.operatorTrips() && d.knownStationHours() == 0 ? "–" : d.trips() + (d.operatorTrips() ? "" : " *"))
                .setHeader(getTranslation("mobility.kpi.trips"));
        grid.addColumn(d -> format(percent(d.integrationShare()), 0, " %")).setHeader(getTranslation("mobility.kpi.integration"));
        grid.addColumn(d -> format(percent(d.hubBikeAvailability()), 0, " %") + " / " + format(percent(d.hubDockAvailability()), 0, " %"))
                .setHeader(getTranslation("mobility.kpi.hubAvailability"));
        grid.addColumn(d -> format(d.emptyStationMinutes(), 0, "") + " / " + format(d.fullStationMinutes(), 0, ""))
                .setHeader(getTranslation("mobility.kpi.emptyFull"));
        grid.addColumn(d -> format(d.meanChargePercent(), 0, " %")).setHeader(getTranslation("mobility.kpi.charge"));
        grid.addColumn(d -> format(d.carKmAvoided(), 1, " km")).setHeader(getTranslation("mobility.kpi.carKm"));
        grid.addColumn(d -> format(d.kgCo2Avoided(), 2, " kg")).setHeader(getTranslation("mobility.kpi.co2"));
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Paragraph method(KpiFactors f) {
        Paragraph method = new Paragraph(getTranslation("mobility.kpis.method", f.rebalancingBikes(), format(f.tripKm(), 1, ""),
                format(f.carShare() * 100, 0, ""), format(f.carKgCo2PerKm(), 3, ""), format(f.ebikeKwhPerKm(), 3, ""),
                f.gridKgCo2PerKwh() == null ? "–" : format(f.gridKgCo2PerKwh(), 3, "")));
        method.setId("kpi-method");
        method.addClassName("help");
        return method;
    }

    private static Double percent(Double share) {
        return share == null ? null : share * 100;
    }

    private static String format(Double value, int decimals, String unit) {
        return value == null ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value) + unit;
    }
}

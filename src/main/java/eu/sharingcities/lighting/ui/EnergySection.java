package eu.sharingcities.lighting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import eu.sharingcities.lighting.energy.EnergyMonth;
import eu.sharingcities.lighting.energy.LightingEnergy;
import eu.sharingcities.portal.chart.Chart;
import eu.sharingcities.portal.chart.ChartKind;
import eu.sharingcities.portal.chart.Series;

import java.util.List;
import java.util.Locale;

/** Energy against the replaced lamps: the last twelve months (a chart and the months) and the total since installation. */
class EnergySection extends Div {

    /** The last twelve months' {@code report}, and the months since the first lamppost was installed in {@code sinceInstallation}. */
    EnergySection(LightingEnergy.Report report, LightingEnergy.Report sinceInstallation) {
        setId("lighting-energy");
        EnergyMonth total = LightingEnergy.total(report.city());
        Paragraph summary = new Paragraph(total == null ? getTranslation("lighting.energy.none")
                : getTranslation("lighting.energy.summary", number(total.kwh() / 1000, 1), number(total.baselineKwh() / 1000, 1),
                percent(total.savingShare()), number(total.kgCo2Saved() / 1000, 1), number(total.eurSaved(), 0)));
        summary.setId("lighting-energy-summary");
        EnergyMonth all = LightingEnergy.total(sinceInstallation.city());
        Paragraph since = new Paragraph(all == null ? "" : getTranslation("lighting.energy.since", sinceInstallation.city().getFirst().month().toString(),
                number(all.kwh() / 1000, 1), number(all.baselineKwh() / 1000, 1), percent(all.savingShare()), number(all.kgCo2Saved() / 1000, 1),
                number(all.eurSaved(), 0)));
        since.setId("lighting-energy-since");
        Paragraph method = new Paragraph(getTranslation("lighting.energy.method"));
        method.addClassName("note");
        Chart chart = new Chart(getTranslation("lighting.energy.chart"), "kWh", getTranslation("chart.empty"));
        chart.showByCategory(report.city().stream().map(m -> m.month().toString()).toList(), List.of(
                Series.ofValues(getTranslation("lighting.energy.used"), ChartKind.BAR, report.city().stream().map(EnergyMonth::kwh).toList()),
                Series.ofValues(getTranslation("lighting.energy.baseline"), ChartKind.LINE, report.city().stream().map(EnergyMonth::baselineKwh).toList())));
        Grid<EnergyMonth> months = new Grid<>();
        months.setId("lighting-energy-months");
        months.addColumn(m -> m.month().toString()).setHeader(getTranslation("lighting.energy.month")).setAutoWidth(true);
        months.addColumn(m -> number(m.kwh(), 0)).setHeader(getTranslation("lighting.energy.used")).setAutoWidth(true);
        months.addColumn(m -> number(m.measuredKwh(), 0)).setHeader(getTranslation("lighting.energy.measured")).setAutoWidth(true);
        months.addColumn(m -> number(m.baselineKwh(), 0)).setHeader(getTranslation("lighting.energy.baseline")).setAutoWidth(true);
        months.addColumn(m -> percent(m.savingShare())).setHeader(getTranslation("lighting.energy.saved")).setAutoWidth(true);
        months.addColumn(m -> number(m.kgCo2Saved(), 0)).setHeader(getTranslation("lighting.energy.co2")).setAutoWidth(true);
        months.addColumn(m -> number(m.eurSaved(), 0)).setHeader(getTranslation("lighting.energy.eur")).setAutoWidth(true);
        months.setItems(report.city().reversed());
        months.setAllRowsVisible(true);
        add(new H2(getTranslation("lighting.energy.title")), summary, since, method, chart, months);
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}

package eu.sharingcities.buildings.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.sharingcities.buildings.BuildingOverview;
import eu.sharingcities.buildings.Buildings;
import eu.sharingcities.buildings.Carrier;
import eu.sharingcities.buildings.EmissionScope;
import eu.sharingcities.buildings.EnergyFactor;
import eu.sharingcities.buildings.EnergyFactors;
import eu.sharingcities.buildings.Portfolio;
import eu.sharingcities.buildings.report.PortfolioReport;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.Counter;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Refusal;
import jakarta.inject.Inject;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The retrofit portfolio: the city's districts, every city the user sees and the consortium
 * against the 60 % goal, with energy, CO2 and money saved; the city's emission factors and prices,
 * which its administrators keep up to date; a printable PDF.
 */
@CityMenu(value = "nav.portfolio", order = 80)
@Route(value = ":city/portfolio", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class PortfolioView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    Buildings buildings;

    @Inject
    EnergyFactors factors;

    @Inject
    Cities cities;

    @Inject
    CurrentUser currentUser;

    private CityInfo city;

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        build();
    }

    private void build() {
        removeAll();
        List<BuildingOverview> all = buildings.overviewOfAllVisible();
        List<BuildingOverview> mine = all.stream().filter(b -> b.building().cityCode().equals(city.code())).toList();
        List<EnergyFactor> factorList = factors.all();
        Portfolio.Line cityLine = Portfolio.byCity(mine, factorList).stream().findFirst()
                .orElse(new Portfolio.Line(city.code(), 0, 0, 0, 0, 0, 0, 0, 0, 0));
        List<Portfolio.Line> districts = Portfolio.byDistrict(mine, factorList);
        List<Portfolio.Line> byCity = Portfolio.byCity(all, factorList);
        Portfolio.Line consortium = Portfolio.consortium(all, factorList);

        NumberFormat integer = NumberFormat.getIntegerInstance(getLocale());
        Div counters = new Div(
                Counter.of("goal", getTranslation("portfolio.goal"), cityLine.meetingGoal() + " / " + cityLine.measured()),
                Counter.of("goal-area", getTranslation("portfolio.goal.area"), integer.format(cityLine.floorAreaMeetingGoalM2()) + " m²"),
                Counter.of("avoided", getTranslation("portfolio.avoided"), integer.format(cityLine.avoidedKwh()) + " kWh"),
                Counter.of("co2", getTranslation("portfolio.co2"), String.format(getLocale(), "%.1f t", cityLine.avoidedCo2Kg() / 1000)),
                Counter.of("money", getTranslation("portfolio.money"), integer.format(cityLine.savedEur()) + " €"));
        counters.addClassName("counters");
        counters.setId("portfolio-counters");
        Locale reader = getLocale();
        String title = getTranslation("nav.portfolio") + " · " + city.name();
        Anchor pdf = new Anchor((DownloadHandler) download -> {
            download.setFileName(city.code() + "-portfolio.pdf");
            download.setContentType("application/pdf");
            PortfolioReport.write(title, districts, byCity, consortium, reader, download.getOutputStream());

        }, getTranslation("portfolio.pdf"));
        pdf.setId("portfolio-pdf");
        add(new H1(getTranslation("nav.portfolio")), counters, pdf,
                new H2(getTranslation("portfolio.districts")), lines(districts, "portfolio-districts"));
        if (byCity.size() > 1) { // the consortium as far as this user sees it: only worth showing beyond their one city
            add(new H2(getTranslation("portfolio.cities")), lines(byCity, "portfolio-cities"),
                    new H2(getTranslation("portfolio.consortium")), lines(List.of(consortium), "portfolio-consortium"));
        }
        add(new H2(getTranslation("portfolio.factors")), factors(factorList));
    }

    private Grid<Portfolio.Line> lines(List<Portfolio.Line> lines, String id) {
        NumberFormat integer = NumberFormat.getIntegerInstance(getLocale());
        Grid<Portfolio.Line> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(l -> cities.find(l.name()).map(CityInfo::name).orElse(l.name().equals("consortium") ? getTranslation("portfolio.consortium")
                : l.name())).setHeader("").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Portfolio.Line::buildings).setHeader(getTranslation("nav.buildings")).setAutoWidth(true);
        grid.addColumn(Portfolio.Line::retrofitted).setHeader(getTranslation("portfolio.retrofitted")).setAutoWidth(true);
        grid.addColumn(Portfolio.Line::measured).setHeader(getTranslation("portfolio.measured")).setAutoWidth(true);
        grid.addColumn(Portfolio.Line::meetingGoal).setHeader(getTranslation("portfolio.goal")).setAutoWidth(true);
        grid.addColumn(l -> integer.format(l.floorAreaMeetingGoalM2()) + " / " + integer.format(l.floorAreaM2()))
                .setHeader(getTranslation("portfolio.goal.area")).setAutoWidth(true);
        grid.addColumn(l -> integer.format(l.avoidedKwh())).setHeader(getTranslation("portfolio.avoided")).setAutoWidth(true);
        grid.addColumn(l -> String.format(getLocale(), "%.1f", l.avoidedCo2Kg() / 1000)).setHeader(getTranslation("portfolio.co2")).setAutoWidth(true);
        grid.addColumn(l -> integer.format(l.savedEur())).setHeader(getTranslation("portfolio.money")).setAutoWidth(true);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div factors(List<EnergyFactor> all) {
        List<EnergyFactor> mine = all.stream().filter(f -> f.cityCode().equals(city.code())).toList();
        Grid<EnergyFactor> grid = new Grid<>();
        grid.setId("energy-factors");
        grid.addColumn(EnergyFactor::year).setHeader(getTranslation("portfolio.year")).setAutoWidth(true);
        grid.addColumn(f -> getTranslation("carrier." + f.carrier().name().toLowerCase())).setHeader(getTranslation("building.carrier"))
                .setAutoWidth(true);
        grid.addColumn(f -> String.format(getLocale(), "%.3f", f.kgCo2PerKwh())).setHeader("kg CO2/kWh").setAutoWidth(true);
        grid.addColumn(f -> String.format(getLocale(), "%.3f", f.eurPerKwh())).setHeader("€/kWh").setAutoWidth(true);
        grid.addColumn(f -> getTranslation("scope." + f.scope().name().toLowerCase())).setHeader(getTranslation("portfolio.scope")).setAutoWidth(true);
        grid.addColumn(EnergyFactor::source).setHeader(getTranslation("portfolio.source")).setFlexGrow(1);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        Div section = new Div(grid);
        if (currentUser.require().may(Role.CITY_ADMIN, city.code())) {
            section.add(factorForm(mine));
        }
        return section;
    }

    /** Administrators set a year's factor for a carrier; the change is audited. */
    private HorizontalLayout factorForm(List<EnergyFactor> mine) {
        NumberField year = new NumberField(getTranslation("portfolio.year"));
        year.setStep(1);
        year.setValue((double) mine.stream().mapToInt(EnergyFactor::year).max().orElse(java.time.Year.now().getValue()));
        Select<Carrier> carrier = new Select<>();
        carrier.setLabel(getTranslation("building.carrier"));
        carrier.setItems(Carrier.values());
        carrier.setItemLabelGenerator(c -> getTranslation("carrier." + c.name().toLowerCase()));
        carrier.setValue(Carrier.ELECTRICITY);
        NumberField co2 = new NumberField("kg CO2/kWh");
        co2.setId("factor-co2");
        NumberField price = new NumberField("€/kWh");
        price.setId("factor-price");
        Select<EmissionScope> scope = new Select<>();
        scope.setLabel(getTranslation("portfolio.scope"));
        scope.setItems(EmissionScope.values());
        scope.setItemLabelGenerator(v -> getTranslation("scope." + v.name().toLowerCase()));
        scope.setId("factor-scope");
        TextField source = new TextField(getTranslation("portfolio.source"));
        source.setPlaceholder("DESNZ GHG conversion factors 2026, UK electricity");
        source.setId("factor-source");
        Button save = new Button(getTranslation("portfolio.factor.save"), click -> {
            try {
                if (year.getValue() == null || co2.getValue() == null || price.getValue() == null) {
                    throw new IllegalArgumentException(getTranslation("portfolio.factor.missing"));
                }
                factors.save(new EnergyFactor(city.code(), year.getValue().intValue(), carrier.getValue(), co2.getValue(), price.getValue(),
                        scope.getValue(), source.getValue()));
                Notification.show(getTranslation("portfolio.factor.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                build();
            } catch (IllegalArgumentException e) {
                Notification.show(Refusal.in(e, getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("factor-save");
        HorizontalLayout form = new HorizontalLayout(year, carrier, co2, price, scope, source, save);
        form.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portfolio");
    }
}

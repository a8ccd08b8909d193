package eu.sharingcities.condominium.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.sharingcities.buildings.Buildings;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.condominium.AssemblySheet;
import eu.sharingcities.condominium.CondominiumRegistry;
import eu.sharingcities.condominium.CondominiumSummary;
import eu.sharingcities.condominium.Condominiums;
import eu.sharingcities.condominium.Convocation;
import eu.sharingcities.condominium.MajorityRule;
import eu.sharingcities.condominium.RetrofitOption;
import eu.sharingcities.condominium.Stage;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Refusal;
import jakarta.inject.Inject;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Map;

/** One condominium: its way through the stages, its units and owners' consent, the workshops, the options and the assemblies. */
@Route(value = ":city/condominiums/:condominium", layout = CityLayout.class)
@RequiresCityRole(value = Role.VIEWER, partners = true)
@CdiComponent
class CondominiumView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    Condominiums condominiums;

    @Inject
    Buildings buildings;

    @Inject
    CondominiumRegistry registry;

    @Inject
    CurrentUser currentUser;

    private CityInfo city;
    private String title = "";

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        long id = event.getRouteParameters().get("condominium").filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong).orElse(-1L);
        removeAll();
        condominiums.condominium(city.code(), id).ifPresentOrElse(this::show, () -> {
            title = getTranslation("condo.unknown");
            add(new H1(title)); // another ESCo's condominium looks the same as none
        });
    }

    private void show(CondominiumSummary c) {
        removeAll();
        title = c.name();
        add(new H1(c.name()), new Paragraph(String.join(" · ", c.address(), getTranslation("condo.administrator", c.administrator()),
                getTranslation("path." + c.path().name().toLowerCase()), c.escoOrganisation().isEmpty() ? getTranslation("condo.no.esco")
                        : "ESCo: " + c.escoOrganisation())));
        UnorderedList timeline = new UnorderedList();
        timeline.setId("condo-timeline");
        condominiums.stageHistory(city.code(), c.id())
                .forEach(e -> timeline.add(new ListItem(e.enteredOn() + " · " + getTranslation("stage." + e.stage().name().toLowerCase())
                        + (e.note().isEmpty() ? "" : " — " + e.note()))));
        add(new H2(getTranslation("condo.timeline")), timeline);
        if (c.buildingCode() != null && currentUser.require().canSee(city.code())) {
            add(monitoring(c.buildingCode()));
        }
        if (currentUser.require().may(Role.OPERATOR, city.code())) {
            add(stageForm(c));
        }
        add(new H2(getTranslation("condo.units")), units(c.id()));
        UnorderedList workshops = new UnorderedList();
        condominiums.workshops(c.id()).forEach(w -> workshops.add(new ListItem(w.heldOn() + " · " + w.topic() + " · "
                + getTranslation("condo.attending", w.unitsAttending()))));
        add(new H2(getTranslation("condo.workshops")), workshops, new H2(getTranslation("condo.options")), options(c.id()));
        UnorderedList assemblies = new UnorderedList();
        assemblies.setId("assemblies");
        for (Condominiums.AssemblyEntry a : condominiums.assemblies(c.id())) {
            assemblies.add(new ListItem(new RouterLink(a.heldOn() + " · " + getTranslation(a.closed() ? "assembly.closed" : "assembly.open"),
                    AssemblyView.class, new RouteParameters(Map.of("city", city.code(), "assembly", String.valueOf(a.id()))))));
        }
        add(new H2(getTranslation("condo.assemblies")), assemblies);
        if (currentUser.require().may(Role.OPERATOR, city.code())) {
            add(conveneForm(c));
        }
    }

    /** Operators convene an assembly: its day, its call and the majority its resolutions need. */
    private HorizontalLayout conveneForm(CondominiumSummary c) {
        DatePicker on = new DatePicker(getTranslation("assembly.held.on"), LocalDate.now(city.zone()));
        Select<Convocation> call = new Select<>();
        call.setLabel(getTranslation("assembly.call"));
        call.setItems(Convocation.values());
        call.setItemLabelGenerator(v -> getTranslation("assembly.call." + v.name().toLowerCase()));
        call.setValue(Convocation.SECOND);
        Select<MajorityRule> rule = new Select<>();
        rule.setLabel(getTranslation("assembly.rule"));
        rule.setItems(MajorityRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("assembly.rule." + r.name().toLowerCase()) + " (" + r.legalBasis() + ")");
        rule.setValue(MajorityRule.ENERGY_EFFICIENCY);
        // the form says which rule fits what is decided, and the share of the value it needs
        rule.setHelperText(ruleHelp(rule.getValue()));
        rule.addValueChangeListener(e -> rule.setHelperText(e.getValue() == null ? "" : ruleHelp(e.getValue())));
        Button convene = new Button(getTranslation("assembly.convene"), click -> {
            try {
                long id = registry.convene(city.code(), c.id(), new CondominiumRegistry.NewAssembly(
                        on.getValue() == null ? null : on.getValue().toString(), call.getValue().name(), rule.getValue().name()));
                getUI().ifPresent(ui -> ui.navigate(AssemblyView.class, new RouteParameters(Map.of("city", city.code(), "assembly", String.valueOf(id)))));
            } catch (IllegalArgumentException e) {
                Notification.show(Refusal.in(e, getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        convene.setId("convene");
        HorizontalLayout form = new HorizontalLayout(on, call, rule, convene);
        form.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private String ruleHelp(MajorityRule rule) {
        return getTranslation("assembly.rule.help", getTranslation("assembly.rule." + rule.name().toLowerCase() + ".applies"),
                String.format(getLocale(), "%.2f", rule.requiredMillesimi(Convocation.FIRST)),
                String.format(getLocale(), "%.2f", rule.requiredMillesimi(Convocation.SECOND)));
    }

    /** Monitoring is the building's measured savings: a link to its page, with the result when there is one. */
    private Paragraph monitoring(String buildingCode) {
        Paragraph monitoring = new Paragraph();
        monitoring.setId("condo-monitoring");
        buildings.overview(city.code(), buildingCode).ifPresent(b -> {
            // the buildings feature's page, by its route: views of one feature do not reach into another's
            monitoring.add(new Anchor(city.code() + "/buildings/" + buildingCode, getTranslation("condo.building", b.building().name())));
            b.savingsPercent().ifPresent(p -> monitoring.add(" · " + getTranslation("condo.measured", String.format(getLocale(), "%.1f", p))));
        });
        return monitoring;
    }

    private HorizontalLayout stageForm(CondominiumSummary c) {
        Select<Stage> stage = new Select<>();
        stage.setLabel(getTranslation("condo.stage.move"));
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(s -> getTranslation("stage." + s.name().toLowerCase()));
        stage.setValue(c.stage());
        DatePicker on = new DatePicker(getTranslation("condo.stage.on"), LocalDate.now(city.zone()));
        TextField note = new TextField(getTranslation("condo.stage.note"));
        Button save = new Button(getTranslation("condo.stage.save"), click -> {
            try {
                condominiums.enterStage(city.code(), c.id(), stage.getValue(), on.getValue() == null ? LocalDate.now(city.zone()) : on.getValue(),
                        note.getValue());
                Notification.show(getTranslation("condo.stage.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                condominiums.condominium(city.code(), c.id()).ifPresent(this::show);
            } catch (IllegalArgumentException e) {
                Notification.show(Refusal.in(e, getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        HorizontalLayout form = new HorizontalLayout(stage, on, note, save);
        form.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<AssemblySheet.UnitRow> units(long condominiumId) {
        Map<Long, LocalDate> consents = condominiums.consents(condominiumId);
        Grid<AssemblySheet.UnitRow> grid = new Grid<>();
        grid.setId("condo-units");
        grid.addColumn(AssemblySheet.UnitRow::label).setHeader(getTranslation("assembly.unit")).setAutoWidth(true);
        grid.addColumn(AssemblySheet.UnitRow::owner).setHeader(getTranslation("assembly.owner")).setAutoWidth(true);
        grid.addColumn(u -> String.format(getLocale(), "%.3f", u.millesimi())).setHeader(getTranslation("assembly.millesimi")).setAutoWidth(true);
        grid.addColumn(u -> consents.containsKey(u.id()) ? consents.get(u.id()).toString() : "—").setHeader(getTranslation("condo.consent"))
                .setFlexGrow(1);
        grid.setItems(condominiums.units(condominiumId));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<RetrofitOption> options(long condominiumId) {
        NumberFormat money = NumberFormat.getIntegerInstance(getLocale());
        Grid<RetrofitOption> grid = new Grid<>();
        grid.setId("condo-options");
        grid.addColumn(RetrofitOption::name).setHeader(getTranslation("condo.option")).setAutoWidth(true);
        grid.addColumn(RetrofitOption::measures).setHeader(getTranslation("condo.measures")).setFlexGrow(1);
        grid.addColumn(o -> money.format(o.costEur()) + " €").setHeader(getTranslation("condo.cost")).setAutoWidth(true);
        grid.addColumn(o -> String.format(getLocale(), "%.0f %%", o.expectedSavingsPercent())).setHeader(getTranslation("condo.expected"))
                .setAutoWidth(true);
        grid.addColumn(o -> money.format(o.incentivesEur()) + " €").setHeader(getTranslation("condo.incentives")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("financing." + o.financing().toLowerCase())).setHeader(getTranslation("condo.financing")).setAutoWidth(true);
        grid.addColumn(o -> String.format(getLocale(), "%.1f", o.paybackYears())).setHeader(getTranslation("condo.payback")).setAutoWidth(true);
        grid.setItems(condominiums.options(condominiumId));
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

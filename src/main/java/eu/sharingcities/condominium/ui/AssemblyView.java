package eu.sharingcities.condominium.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.condominium.AssemblyCount;
import eu.sharingcities.condominium.AssemblyMinutes;
import eu.sharingcities.condominium.AssemblySheet;
import eu.sharingcities.condominium.RetrofitOption;
import eu.sharingcities.condominium.VoteChoice;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Refusal;
import jakarta.inject.Inject;

/**
 * The assembly form: attendance and votes per unit, each entry stored as it is made, and the
 * count recomputed live under the assembly's rule and call, by heads and by millesimi. Once the
 * minutes are closed a change is recorded as an audited correction; the original stays.
 */
@Route(value = ":city/assemblies/:assembly", layout = CityLayout.class)
@RequiresCityRole(value = Role.VIEWER, partners = true)
@CdiComponent
class AssemblyView extends Main implements CityPage, HasDynamicTitle {

    private static final String PRESENT = "PRESENT", ABSENT = "ABSENT";

    @Inject
    AssemblyMinutes minutes;

    @Inject
    CurrentUser currentUser;

    private CityInfo city;
    private long assemblyId;
    private String title = "";
    private final Grid<AssemblySheet.UnitRow> grid = new Grid<>();
    private final Div counts = new Div();
    private final Div header = new Div();
    private AssemblySheet sheet;

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        assemblyId = event.getRouteParameters().get("assembly").filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong).orElse(-1L);
        removeAll();
        sheet = minutes.assembly(assemblyId).orElse(null);
        if (sheet == null) {
            title = getTranslation("assembly.unknown");
            add(new H1(title));
            return;
        }
        title = getTranslation("assembly.title", sheet.condominiumName(), sheet.heldOn());
        counts.setId("quorum");
        grid.setId("assembly-form");
        grid.setAllRowsVisible(true);
        add(new H1(title), header, counts, grid); // the count first: it is what the room watches
        build();
    }

    private boolean mayRecord() {
        return currentUser.require().may(Role.OPERATOR, city.code());
    }

    private void build() {
        header.removeAll();
        header.add(new Paragraph(getTranslation("assembly.call." + sheet.convocation().name().toLowerCase()) + " · "
                + getTranslation("assembly.rule." + sheet.rule().name().toLowerCase()) + " (" + sheet.rule().legalBasis() + ": "
                + getTranslation("assembly.rule." + sheet.rule().name().toLowerCase() + ".applies") + ") · "
                + getTranslation(sheet.closed() ? "assembly.closed" : "assembly.open")));
        if (sheet.closed() && mayRecord()) {
            header.add(new Paragraph(getTranslation("assembly.corrections")));
        }
        if (!sheet.closed() && mayRecord()) {
            Button close = new Button(getTranslation("assembly.close"), click -> {
                minutes.closeMinutes(assemblyId);
                reload();
            });
            close.setId("close-minutes");
            header.add(close);
        }
        grid.removeAllColumns();
        grid.addColumn(AssemblySheet.UnitRow::label).setHeader(getTranslation("assembly.unit")).setAutoWidth(true);
        grid.addColumn(AssemblySheet.UnitRow::owner).setHeader(getTranslation("assembly.owner")).setAutoWidth(true);
        grid.addColumn(u -> String.format(getLocale(), "%.3f", u.millesimi())).setHeader(getTranslation("assembly.millesimi")).setAutoWidth(true);
        grid.addComponentColumn(this::presence).setHeader(getTranslation("assembly.presence")).setAutoWidth(true);
        grid.addComponentColumn(this::delegate).setHeader(getTranslation("assembly.delegate")).setAutoWidth(true);
        for (RetrofitOption option : sheet.options()) {
            grid.addComponentColumn(u -> vote(u, option)).setHeader(option.name()).setAutoWidth(true);
        }
        grid.setItems(sheet.units());
        showCounts();
    }

    private Select<String> presence(AssemblySheet.UnitRow unit) {
        Select<String> select = new Select<>();
        select.setItems(PRESENT, ABSENT);
        select.setItemLabelGenerator(v -> getTranslation("assembly." + v.toLowerCase()));
        select.setPlaceholder("—");
        Boolean present = sheet.presence().get(unit.id());
        select.setValue(present == null ? null : present ? PRESENT : ABSENT);
        select.setAriaLabel(getTranslation("assembly.presence") + " " + unit.label());
        select.getElement().setAttribute("data-unit", unit.label());
        select.addClassName("presence");
        select.setEnabled(mayRecord());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                store(unit, null, e.getValue(), null);
            }
        });
        return select;
    }

    /** Who holds the unit's proxy: a name records the owner present by proxy, an empty field present in person. */
    private TextField delegate(AssemblySheet.UnitRow unit) {
        TextField field = new TextField();
        field.setValue(sheet.delegates().getOrDefault(unit.id(), ""));
        field.setPlaceholder(getTranslation("assembly.in.person"));
        field.setAriaLabel(getTranslation("assembly.delegate") + " " + unit.label());
        field.getElement().setAttribute("data-unit", unit.label());
        field.addClassName("delegate");
        field.setEnabled(mayRecord() && Boolean.TRUE.equals(sheet.presence().get(unit.id())));
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                store(unit, null, PRESENT, e.getValue());
            }
        });
        return field;
    }

    private Select<VoteChoice> vote(AssemblySheet.UnitRow unit, RetrofitOption option) {
        Select<VoteChoice> select = new Select<>();
        select.setItems(VoteChoice.values());
        select.setItemLabelGenerator(v -> getTranslation("vote." + v.name().toLowerCase()));
        select.setPlaceholder("—");
        select.setValue(sheet.votes().getOrDefault(option.id(), java.util.Map.of()).get(unit.id()));
        select.setAriaLabel(option.name() + " " + unit.label());
        select.getElement().setAttribute("data-unit", unit.label());
        select.getElement().setAttribute("data-option", option.name());
        select.addClassName("vote");
        select.setEnabled(mayRecord() && sheet.present(unit.id()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                store(unit, option.id(), e.getValue().name(), null);
            }
        });
        return select;
    }

    private void store(AssemblySheet.UnitRow unit, Long optionId, String choice, String delegate) {
        try {
            minutes.record(assemblyId, unit.id(), optionId, choice, delegate);
            if (sheet.closed()) {
                Notification.show(getTranslation("assembly.corrected", unit.label())).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            }
        } catch (IllegalArgumentException e) {
            Notification.show(Refusal.in(e, getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        reload();
    }

    private void reload() {
        sheet = minutes.assembly(assemblyId).orElseThrow();
        build();
    }

    private void showCounts() {
        counts.removeAll();
        for (RetrofitOption option : sheet.options()) {
            AssemblySheet.CountOrProblem result = sheet.counts().get(option.id());
            Div box = new Div(new H3(option.name()));
            box.addClassName("count");
            box.getElement().setAttribute("data-option", option.name());
            if (result.count().isEmpty()) {
                box.add(new Paragraph(result.problem().in(getLocale())));

            } else {
                AssemblyCount c = result.count().get();
                Span verdict = new Span(getTranslation(!c.constituted() ? "assembly.not.constituted" : c.approved() ? "assembly.approved" : "assembly.rejected"));
                verdict.addClassName("verdict");
                verdict.getElement().setAttribute("data-verdict", !c.constituted() ? "not-constituted" : c.approved() ? "approved" : "rejected");
                box.add(verdict, new Paragraph(getTranslation("assembly.attendance", c.presentOwners(), c.owners(),
                                String.format(getLocale(), "%.3f", c.presentMillesimi()))),
                        new Paragraph(getTranslation("assembly.favour", c.ownersInFavour(), String.format(getLocale(), "%.3f", c.millesimiInFavour()),
                                c.ownersAgainst(), String.format(getLocale(), "%.3f", c.millesimiAgainst()))));
                if (!c.reasons().isEmpty()) {
                    box.add(new UnorderedList(c.reasons().stream().map(r -> new ListItem(r.in(getLocale()))).toArray(ListItem[]::new)));
                }
            }
            counts.add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

package eu.sharingcities.alarms.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import eu.sharingcities.alarms.AlarmBroadcaster;
import eu.sharingcities.alarms.AlarmPerformance;
import eu.sharingcities.alarms.AlarmSummary;
import eu.sharingcities.alarms.Alarms;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.portal.AlarmsChanged;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.FormProblem;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Message;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The city's open alarms, most urgent first, appearing and changing as they happen; operators
 * acknowledge them with a comment, or shelve them for some hours with the reason.
 */
@CityMenu(value = "nav.alarms", order = 20)
@Route(value = ":city/alarms", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class AlarmsView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    Alarms alarms;

    @Inject
    AlarmBroadcaster broadcaster;

    @Inject
    CurrentUser currentUser;

    private CityInfo city;
    private final Grid<AlarmSummary> grid = new Grid<>();
    private final Paragraph problem = new Paragraph();
    private Registration listening;
    private String listeningTo;

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale()).withZone(city.zone());
        grid.removeAllColumns();
        grid.setId("alarms-grid");
        grid.addColumn(a -> getTranslation("priority." + a.priority().name().toLowerCase())).setHeader(getTranslation("alarms.priority")).setAutoWidth(true);
        grid.addColumn(AlarmSummary::rule).setHeader(getTranslation("alarms.rule")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("alarm.state." + a.state().name().toLowerCase())
                        + (a.shelvedUntil() != null && a.shelvedUntil().isAfter(Instant.now()) ? " · " + getTranslation("alarms.shelved") : ""))
                .setHeader(getTranslation("alarms.state")).setAutoWidth(true);
        grid.addColumn(a -> time.format(a.raisedAt())).setHeader(getTranslation("alarms.raised")).setAutoWidth(true);
        grid.addColumn(a -> a.message().in(getLocale())).setHeader(getTranslation("alarms.message")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // what happened, in full
        grid.setAllRowsVisible(true);
        problem.addClassName("form-problem");
        problem.setId("alarm-problem");
        add(new H1(getTranslation("nav.alarms")), grid);
        if (currentUser.require().may(Role.OPERATOR, city.code())) {
            add(actions());
        }
        add(performance());
        if (!city.code().equals(listeningTo)) { // the first visit, or the same view shown for another city
            if (listening != null) {
                listening.remove();
            }
            listening = AlarmsChanged.refresh(this, broadcaster, city.code(), this::refresh);
            listeningTo = city.code();
        } else if (isAttached()) {
            refresh();
        }
    }

    /** The last week's alarm performance against ISA-18.2's targets (per 10 minutes, floods, bad actors, chattering, stale). */
    private Div performance() {
        AlarmPerformance p = alarms.performance(city.code(), 7);
        Div section = new Div(new H2(getTranslation("alarms.performance")));
        section.setId("alarm-performance");
        section.add(new Paragraph(getTranslation("alarms.performance.rates", p.alarms(), String.format(getLocale(), "%.2f", p.averagePer10Minutes()),
                p.maxIn10Minutes(), String.format(getLocale(), "%.1f", p.percentPeriodsInFlood()), p.floods())));
        section.add(new Paragraph(getTranslation("alarms.performance.standing", p.standing(), p.stale(), p.chattering().size())));
        if (!p.topTen().isEmpty()) {
            section.add(new Paragraph(getTranslation("alarms.performance.top", String.format(getLocale(), "%.0f", p.topTenPercent()))),
                    new UnorderedList(p.topTen().stream().map(b -> new ListItem(b.rule() + ": " + b.count() + " ("
                            + String.format(getLocale(), "%.0f", b.percent()) + " %)")).toArray(ListItem[]::new)));
        }
        Paragraph verdict = new Paragraph(p.missedTargets().isEmpty() ? getTranslation("alarms.performance.met")
                : Message.join("; ", p.missedTargets(), getLocale()));
        verdict.setId("alarm-performance-verdict");
        section.add(verdict);
        return section;
    }

    /** Shows the alarms as they are now, keeping the operator's selection (a pushed refresh must not drop it mid-comment). */
    private void refresh() {
        Long selected = grid.getSelectedItems().stream().findFirst().map(AlarmSummary::id).orElse(null);
        java.util.List<AlarmSummary> open = alarms.open(city.code());
        grid.setItems(open);
        grid.recalculateColumnWidths(); // a pushed "critical" must not show as "criti…" in a column sized for "high"
        open.stream().filter(a -> a.id() == (selected == null ? -1 : selected)).findFirst().ifPresent(grid::select);
    }

    private HorizontalLayout actions() {
        TextField comment = new TextField(getTranslation("alarms.comment"));
        comment.setId("alarm-comment");
        Button acknowledge = new Button(getTranslation("alarms.acknowledge"), click -> act(() ->
                alarms.acknowledge(selected(), comment.getValue())));
        acknowledge.setId("alarm-acknowledge");
        Select<Integer> hours = new Select<>();
        hours.setLabel(getTranslation("alarms.shelve.hours"));
        hours.setItems(1, 4, 8, 24);
        hours.setValue(4);
        Button shelve = new Button(getTranslation("alarms.shelve"), click -> act(() ->
                alarms.shelve(selected(), Instant.now().plus(Duration.ofHours(hours.getValue())), comment.getValue())));
        shelve.setId("alarm-shelve");
        HorizontalLayout actions = new HorizontalLayout(comment, acknowledge, hours, shelve, problem);
        actions.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        actions.setWrap(true);
        return actions;
    }

    private long selected() {
        return grid.getSelectedItems().stream().findFirst().map(AlarmSummary::id)
                .orElseThrow(() -> new IllegalArgumentException(getTranslation("alarms.select")));
    }

    private void act(Runnable action) {
        FormProblem.attempt(problem, action, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.alarms");
    }
}

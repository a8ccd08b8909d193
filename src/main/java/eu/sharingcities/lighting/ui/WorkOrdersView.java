package eu.sharingcities.lighting.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.lighting.RepairTimes;
import eu.sharingcities.lighting.WorkOrder;
import eu.sharingcities.lighting.WorkOrders;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.FormProblem;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.Accounts;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Street-light work orders: the city's staff see them all with each contractor's time to repair
 * against the SLA, and operators assign them; a maintenance contractor sees only the orders
 * assigned to it, and starts, fixes and annotates them. The data close them.
 */
@CityMenu(value = "nav.work-orders", order = 106)
@Route(value = ":city/work-orders", layout = CityLayout.class)
@RequiresCityRole(value = Role.VIEWER, partners = true)
@CdiComponent
class WorkOrdersView extends Main implements CityPage, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    WorkOrders workOrders;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private CityInfo city;
    private final Grid<WorkOrder> grid = new Grid<>();
    private final Div detail = new Div();

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        grid.removeAllColumns();
        grid.setId("work-orders");
        grid.addColumn(WorkOrder::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(WorkOrder::target).setHeader(getTranslation("workOrders.target")).setAutoWidth(true);
        grid.addColumn(WorkOrder::street).setHeader(getTranslation("workOrders.street")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("workOrders.fault." + o.fault())).setHeader(getTranslation("workOrders.fault")).setAutoWidth(true);
        grid.addColumn(o -> o.priority().name()).setHeader(getTranslation("workOrders.priority")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("workOrders.status." + o.status().name())).setHeader(getTranslation("workOrders.status")).setAutoWidth(true);
        grid.addColumn(WorkOrder::contractor).setHeader(getTranslation("workOrders.contractor")).setAutoWidth(true);
        grid.addColumn(o -> time(o.dueAt()) + (o.overdue(Instant.now()) ? " !" : "")).setHeader(getTranslation("workOrders.due")).setAutoWidth(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showOrder));
        detail.setId("work-order-detail");
        add(new H1(getTranslation("nav.work-orders")));
        if (currentUser.require().may(Role.OPERATOR, city.code())) {
            add(openForm());
        }
        add(grid, detail);
        if (currentUser.require().may(Role.VIEWER, city.code())) {
            add(repairTimes());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(workOrders.all(city.code()));
    }

    private void showOrder(WorkOrder o) {
        detail.removeAll();
        Paragraph problem = new Paragraph();
        problem.setId("work-order-problem");
        Div actions = new Div();
        actions.addClassName("lamp-legend");
        boolean operator = currentUser.require().may(Role.OPERATOR, city.code());
        if (operator && (o.status() == WorkOrder.Status.OPEN || o.status() == WorkOrder.Status.ASSIGNED)) {
            Select<String> contractor = new Select<>();
            contractor.setItems(accounts.partnerOrganisations(city.code()));
            contractor.setId("work-order-contractor");
            Button assign = new Button(getTranslation("workOrders.assign"),
                    click -> act(problem, o, () -> workOrders.assign(city.code(), o.id(), contractor.getValue())));
            assign.setId("work-order-assign");
            actions.add(contractor, assign);
        }
        if (o.status() == WorkOrder.Status.ASSIGNED) {
            Button start = new Button(getTranslation("workOrders.start"), click -> act(problem, o, () -> workOrders.start(city.code(), o.id())));
            start.setId("work-order-start");
            actions.add(start);
        }
        TextField note = new TextField(getTranslation("workOrders.note"));
        note.setId("work-order-note");
        if (o.status() == WorkOrder.Status.IN_PROGRESS) {
            Button fixed = new Button(getTranslation("workOrders.fixed"),
                    click -> act(problem, o, () -> workOrders.fixed(city.code(), o.id(), note.getValue())));
            fixed.setId("work-order-fixed");
            actions.add(note, fixed);
        }
        if (operator && o.status() == WorkOrder.Status.FIXED) {
            Button verify = new Button(getTranslation("workOrders.verify"), click -> act(problem, o,
                    () -> workOrders.verify(city.code(), o.id()).ifPresent(why -> problem.setText(why.in(getLocale())))));
            verify.setId("work-order-verify");
            actions.add(verify);
        }
        UnorderedList notes = new UnorderedList(workOrders.notes(city.code(), o.id()).stream()
                .map(n -> new ListItem(time(n.writtenAt()) + " " + n.writtenBy() + ": " + n.text() + (n.hasPhoto() ? " 📷" : "")))
                .toArray(ListItem[]::new));
        notes.setId("work-order-notes");
        detail.add(new H2("#" + o.id() + " · " + o.target() + " · " + getTranslation("workOrders.status." + o.status().name())),
                new Paragraph(o.description()), actions, problem, notes);
    }

    /** Operators open an order for a lamppost, for one of the faults the data find or for a problem reported to them. */
    private Div openForm() {
        TextField lamppost = new TextField(getTranslation("workOrders.target"));
        lamppost.setId("new-order-lamppost");
        Select<String> fault = new Select<>();
        fault.setLabel(getTranslation("workOrders.fault"));
        fault.setItems("REPORTED", "LAMP_FAILURE", "DAY_BURNING", "COMMUNICATION_LOSS", "CYCLING", "ABNORMAL_POWER");
        fault.setItemLabelGenerator(f -> getTranslation("workOrders.fault." + f));
        fault.setValue("REPORTED");
        fault.setId("new-order-fault");
        TextField description = new TextField(getTranslation("workOrders.description"));
        description.setId("new-order-description");
        Paragraph problem = new Paragraph();
        problem.setId("new-order-problem");
        Button open = new Button(getTranslation("workOrders.open"), click -> FormProblem.attempt(problem,
                () -> workOrders.open(city.code(), lamppost.getValue().trim(), null, fault.getValue(), description.getValue(), null), () -> {
                    lamppost.clear();
                    description.clear();
                    refresh();
                }));
        open.setId("new-order-open");
        Div form = new Div(lamppost, fault, description, open);
        form.addClassName("lamp-legend");
        return new Div(form, problem);
    }

    private void act(Paragraph problem, WorkOrder o, Runnable action) {
        FormProblem.attempt(problem, action, () -> {
            refresh();
            workOrders.all(city.code()).stream().filter(x -> x.id() == o.id()).findFirst().ifPresent(this::showOrder);
        });
    }

    private Div repairTimes() {
        Grid<RepairTimes> times = new Grid<>();
        times.setId("repair-times");
        times.addColumn(RepairTimes::contractor).setHeader(getTranslation("workOrders.contractor")).setAutoWidth(true);
        times.addColumn(RepairTimes::assigned).setHeader(getTranslation("workOrders.assigned")).setAutoWidth(true);
        times.addColumn(RepairTimes::verified).setHeader(getTranslation("workOrders.verified")).setAutoWidth(true);
        times.addColumn(t -> t.medianHours() == null ? "–" : String.format(Locale.ROOT, "%.1f h", t.medianHours()))
                .setHeader(getTranslation("workOrders.median")).setAutoWidth(true);
        times.addColumn(t -> t.withinSla() == null ? "–" : String.format(Locale.ROOT, "%.0f %%", t.withinSla() * 100))
                .setHeader(getTranslation("workOrders.withinSla")).setAutoWidth(true);
        times.addColumn(RepairTimes::overdue).setHeader(getTranslation("workOrders.overdue")).setAutoWidth(true);
        times.setItems(RepairTimes.of(workOrders.all(city.code()), Instant.now()));
        times.setAllRowsVisible(true);
        return new Div(new H2(getTranslation("workOrders.repairTimes")), times);
    }

    private String time(Instant at) {
        return at == null ? "–" : TIME.format(at.atZone(city.zone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.work-orders");
    }
}

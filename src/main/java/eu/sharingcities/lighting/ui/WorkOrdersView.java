package eu.sharingcities.lighting.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.lighting.faults.LampFault;
import eu.sharingcities.lighting.workorders.RepairTimes;
import eu.sharingcities.lighting.workorders.WorkOrder;
import eu.sharingcities.lighting.workorders.WorkOrders;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

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
    private WorkOrderDetail detail;

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
        detail = new WorkOrderDetail(workOrders, city, currentUser.require(), accounts.partnerOrganisations(city.code()), this::refresh);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(detail::show));
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

    /** The orders again; the one shown, as it is now. */
    private void refresh() {
        Optional<Long> shown = grid.getSelectedItems().stream().findFirst().map(WorkOrder::id);
        List<WorkOrder> orders = workOrders.all(city.code());
        grid.setItems(orders);
        shown.flatMap(id -> orders.stream().filter(o -> o.id() == id).findFirst()).ifPresent(grid::select);
    }

    /**
     * Operators open an order for a lamppost or a whole cabinet, for one of the faults the data find
     * (the data open their own: FaultWorkOrders) or for a problem reported to them.
     */
    private Div openForm() {
        TextField lamppost = new TextField(getTranslation("workOrders.target"));
        lamppost.setId("new-order-lamppost");
        Checkbox cabinet = new Checkbox(getTranslation("workOrders.cabinet"));
        cabinet.setId("new-order-cabinet");
        Select<String> fault = new Select<>();
        fault.setLabel(getTranslation("workOrders.fault"));
        fault.setItems(Stream.concat(Stream.of("REPORTED"), Arrays.stream(LampFault.values()).map(Enum::name)).toList());
        fault.setItemLabelGenerator(f -> getTranslation("workOrders.fault." + f));
        fault.setValue("REPORTED");
        fault.setId("new-order-fault");
        TextField description = new TextField(getTranslation("workOrders.description"));
        description.setId("new-order-description");
        Paragraph problem = new Paragraph();
        problem.setId("new-order-problem");
        Button open = new Button(getTranslation("workOrders.open"), click -> FormProblem.attempt(problem,
                () -> workOrders.open(city.code(), cabinet.getValue() ? null : lamppost.getValue().trim(),
                        cabinet.getValue() ? lamppost.getValue().trim() : null, fault.getValue(), description.getValue(), null), () -> {
                    lamppost.clear();
                    description.clear();
                    refresh();
                }));
        open.setId("new-order-open");
        Div form = new Div(lamppost, cabinet, fault, description, open);
        form.addClassName("lamp-legend");
        return new Div(form, problem);
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

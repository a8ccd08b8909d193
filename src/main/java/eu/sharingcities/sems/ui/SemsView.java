package eu.sharingcities.sems.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.Counter;
import eu.sharingcities.portal.FormProblem;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.sems.BuildingState;
import eu.sharingcities.sems.DemandResponse;
import eu.sharingcities.sems.DistrictSettings;
import eu.sharingcities.sems.DistrictState;
import eu.sharingcities.sems.HeatPumpTariff;
import eu.sharingcities.sems.Mode;
import eu.sharingcities.sems.OccupancySetback;
import eu.sharingcities.sems.Sems;
import eu.sharingcities.sems.SemsController;
import eu.sharingcities.sems.StoredStrategy;
import eu.sharingcities.sems.Strategy;
import eu.sharingcities.sems.StrategyKind;
import eu.sharingcities.text.Message;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The district at a glance: its heat and electric load, the buildings' zones against their comfort
 * bands, what each strategy is doing and in which mode, the day's schedule and events, the savings
 * against the 10 % goal, and the latest control cycles. Operators switch modes and schedule
 * demand-response events.
 */
@CityMenu(value = "nav.sems", order = 90)
@Route(value = ":city/sems", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class SemsView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    Sems sems;

    @Inject
    eu.sharingcities.heatpump.HeatPumps heatPumps;

    @Inject
    CurrentUser currentUser;

    private CityInfo city;
    private final Paragraph problem = new Paragraph();

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        show();
    }

    private void show() {
        removeAll();
        DistrictState district = sems.district(city.code());
        DistrictSettings settings = sems.settings(city.code());
        List<StoredStrategy> strategies = sems.strategies(city.code());
        List<Sems.Cycle> cycles = sems.cycles(city.code(), 10);
        boolean operator = currentUser.require().may(Role.OPERATOR, city.code());
        Div now = new Div(Counter.of("heat", getTranslation("sems.heat"), number(district.heatKw(), 0) + " kW"),
                Counter.of("electric", getTranslation("sems.electric"), number(district.electricKw(), 0) + " kW"),
                Counter.of("outdoor", getTranslation("sems.outdoor"), number(district.outdoorC(), 1) + " °C"),
                Counter.of("cop", getTranslation("sems.cop"), district.heatPumpCop() == null ? "–" : number(district.heatPumpCop(), 2)));
        heatPumps.heatPumps(city.code()).forEach(hp -> {
            Double kw = heatPumps.live(city.code(), hp.code()).get("heat-output");
            now.add(Counter.of("heat-pump-" + hp.code(), getTranslation("sems.heat-pump", hp.code()), kw == null ? "–" : number(kw, 0) + " kW"));
        });
        now.addClassName("counters");
        now.setId("sems-now");
        problem.setId("sems-problem");
        problem.addClassName("form-problem");
        add(new H1(getTranslation("nav.sems")), now, savings(), new H2(getTranslation("sems.strategies")),
                strategies(strategies, cycles.isEmpty() ? List.of() : Sems.decisions(cycles.getFirst()), operator));
        if (operator) {
            add(eventForm());
        }
        add(problem, new H2(getTranslation("sems.today")), today(strategies), new H2(getTranslation("sems.events")), eventReports(),
                new H2(getTranslation("sems.buildings")),
                buildings(district, settings), new H2(getTranslation("sems.cycles")), cycles(cycles));
    }

    /** The measured saving on SEMS's boundary, its period, each carrier's figure and the buildings left out with why. */
    private Div savings() {
        Sems.Savings s = sems.savings(city.code());
        Paragraph text = new Paragraph(s.savingsPercent() == null
                ? getTranslation("sems.savings.none", s.goLive().toString(), Message.join(" ", s.reasons(), getLocale()), number(s.goalPercent(), 0))
                : getTranslation("sems.savings", number(s.savingsPercent(), 1), number(s.uncertaintyPercent90(), 1), s.goLive().toString(),
                s.reportingDays(), number(s.goalPercent(), 0)));
        text.setId("sems-savings");
        Div section = new Div(text, new Paragraph(getTranslation("sems.savings.period", s.reportingPeriod().in(getLocale()), String.join(", ", s.buildings()))));
        s.byCarrier().forEach(c -> section.add(new Paragraph(c.savingsPercent() == null
                ? getTranslation("carrier." + c.carrier().toLowerCase()) + ": " + Message.join(" ", c.reasons(), getLocale())
                : getTranslation("sems.savings.carrier", getTranslation("carrier." + c.carrier().toLowerCase()), number(c.savingsPercent(), 1),
                number(c.uncertaintyPercent90(), 1)))));
        s.excluded().forEach((building, why) -> section.add(new Paragraph(getTranslation("sems.savings.excluded", building, why.in(getLocale())))));
        return section;
    }

    private Grid<StoredStrategy> strategies(List<StoredStrategy> strategies, List<SemsController.Decision> decisions, boolean operator) {
        Grid<StoredStrategy> grid = new Grid<>();
        grid.setId("sems-strategies");
        grid.addColumn(s -> getTranslation("sems.kind." + s.kind().name().toLowerCase())).setHeader(getTranslation("sems.strategy")).setAutoWidth(true);
        grid.addComponentColumn(s -> operator ? modeControl(s) : new Paragraph(getTranslation("sems.mode." + s.mode().name().toLowerCase())
                + (s.enabled() ? "" : " · " + getTranslation("sems.off")))).setHeader(getTranslation("sems.mode")).setAutoWidth(true);
        grid.addColumn(s -> decision(decisions, s).map(d -> getTranslation("sems.status." + d.status().toLowerCase())).orElse("–")).setHeader(getTranslation("sems.status"))
                .setAutoWidth(true);
        grid.addColumn(s -> decision(decisions, s).map(d -> d.explanation(getLocale())).orElse("")).setHeader(getTranslation("sems.why"))
                .setFlexGrow(1);
        grid.setItems(strategies);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // the whole "why", not its first words
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The city's strategy of a kind (every city has one of each, made with its district). */
    private static Strategy of(List<StoredStrategy> strategies, StrategyKind kind) {
        return strategies.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow().strategy();
    }

    private static java.util.Optional<SemsController.Decision> decision(List<SemsController.Decision> decisions, StoredStrategy s) {
        return decisions.stream().filter(d -> d.kind().equals(s.kind().name())).findFirst();
    }

    private HorizontalLayout modeControl(StoredStrategy s) {
        Select<Mode> mode = new Select<>();
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("sems.mode." + m.name().toLowerCase()));
        mode.setValue(s.mode());
        mode.setId("mode-" + s.kind().name().toLowerCase());
        Checkbox enabled = new Checkbox(getTranslation("sems.enabled"), s.enabled());
        Button save = new Button(getTranslation("sems.save"), click -> act(() -> sems.setMode(city.code(), s.kind(), mode.getValue(), enabled.getValue())));
        save.setId("save-" + s.kind().name().toLowerCase());
        HorizontalLayout row = new HorizontalLayout(mode, enabled, save);
        row.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout eventForm() {
        DateTimePicker start = new DateTimePicker(getTranslation("sems.event.start"));
        start.setId("event-start");
        IntegerField minutes = new IntegerField(getTranslation("sems.event.minutes"));
        minutes.setValue(60);
        minutes.setId("event-minutes");
        NumberField kw = new NumberField(getTranslation("sems.event.kw"));
        kw.setId("event-kw");
        TextField reference = new TextField(getTranslation("sems.event.reference"));
        Button schedule = new Button(getTranslation("sems.event.schedule"), click -> act(() -> sems.addEvent(city.code(),
                start.getValue() == null ? null : start.getValue().atZone(city.zone()).toInstant(),
                minutes.getValue() == null ? null : Duration.ofMinutes(minutes.getValue()), kw.getValue() == null ? 0 : kw.getValue(), reference.getValue())));
        schedule.setId("event-schedule");
        HorizontalLayout form = new HorizontalLayout(start, minutes, kw, reference, schedule);
        form.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** Each event that has begun: kW delivered against its customer baseline and the request, and the rebound after it. */
    private Grid<eu.sharingcities.sems.EventReport> eventReports() {
        Grid<eu.sharingcities.sems.EventReport> grid = new Grid<>();
        grid.setId("sems-event-reports");
        grid.addColumn(eu.sharingcities.sems.EventReport::reference).setHeader(getTranslation("sems.event.reference")).setAutoWidth(true);
        grid.addColumn(r -> number(r.requestedKw(), 0)).setHeader(getTranslation("sems.event.requested")).setAutoWidth(true);
        grid.addColumn(r -> r.deliveredKw() == null ? "–" : number(r.deliveredKw(), 1) + " (" + number(r.deliveredPercentOfRequest(), 0) + " %)")
                .setHeader(getTranslation("sems.event.delivered")).setAutoWidth(true);
        grid.addColumn(r -> r.reboundKw() == null ? "–" : number(r.reboundKw(), 1)).setHeader(getTranslation("sems.event.rebound")).setAutoWidth(true);
        grid.addColumn(eu.sharingcities.sems.EventReport::note).setHeader(getTranslation("sems.event.note")).setFlexGrow(1);
        grid.setItems(sems.eventReports(city.code()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Today's schedule: occupied hours per use, the tariff's bands, and the demand-response events of the day. */
    private Div today(List<StoredStrategy> strategies) {
        java.time.LocalDate day = java.time.LocalDate.now(city.zone());
        Div today = new Div();
        today.setId("sems-today");
        OccupancySetback.Config occupancy = ((OccupancySetback) of(strategies, StrategyKind.OCCUPANCY_SETBACK)).config();
        occupancy.schedules().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> today.add(new Paragraph(
                getTranslation("sems.today.occupied", getTranslation("use." + e.getKey().toLowerCase()), e.getValue().fromHour(), e.getValue().toHour(),
                        Math.max(0, e.getValue().fromHour() - occupancy.preheatHours()), number(occupancy.setbackC(), 0),
                        getTranslation(e.getValue().weekends() ? "sems.today.every-day" : "sems.today.weekdays")))));
        HeatPumpTariff.Config tariff = ((HeatPumpTariff) of(strategies, StrategyKind.HEAT_PUMP_TARIFF)).config();
        today.add(new Paragraph(getTranslation("sems.today.tariff", String.join(", ", tariff.tariff().stream()
                .map(b -> String.format(getLocale(), "%02d–%02d h %.2f €/kWh", b.fromHour(), b.toHour(), b.eurPerKwh())).toList()))));
        List<DemandResponse.Event> events = ((DemandResponse) of(strategies, StrategyKind.DEMAND_RESPONSE)).config().events().stream()
                .filter(e -> e.start().atZone(city.zone()).toLocalDate().equals(day) || e.end().atZone(city.zone()).toLocalDate().equals(day)).toList();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(city.zone());
        today.add(new Paragraph(events.isEmpty() ? getTranslation("sems.today.no-events") : getTranslation("sems.today.events", String.join(", ",
                events.stream().map(e -> time.format(e.start()) + "–" + time.format(e.end()) + " " + number(e.requestedKw(), 0) + " kW ("
                        + e.reference() + ")").toList()))));
        return today;
    }

    private Grid<BuildingState> buildings(DistrictState district, DistrictSettings settings) {
        Grid<BuildingState> grid = new Grid<>();
        grid.setId("sems-buildings");
        grid.addColumn(BuildingState::code).setHeader(getTranslation("sems.building")).setAutoWidth(true);
        grid.addColumn(b -> getTranslation("use." + b.use().toLowerCase())).setHeader(getTranslation("sems.use")).setAutoWidth(true);
        grid.addColumn(b -> number(b.zoneC(), 1) + " °C").setHeader(getTranslation("sems.zone")).setAutoWidth(true);
        grid.addColumn(b -> number(b.setpointC(), 1) + " °C").setHeader(getTranslation("sems.setpoint")).setAutoWidth(true);
        grid.addColumn(b -> {
            DistrictSettings.ComfortBand band = settings.band(b.use());
            String where = b.zoneC() < band.minC() ? "sems.below" : b.zoneC() > band.maxC() ? "sems.above" : "sems.within";
            return number(band.minC(), 0) + "–" + number(band.maxC(), 0) + " °C · " + getTranslation(where);
        }).setHeader(getTranslation("sems.comfort")).setAutoWidth(true);
        grid.addColumn(b -> number(b.heatKw(), 1) + " kW").setHeader(getTranslation("sems.heat")).setAutoWidth(true);
        grid.setItems(district.buildings());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<Sems.Cycle> cycles(List<Sems.Cycle> cycles) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale()).withZone(city.zone());
        Grid<Sems.Cycle> grid = new Grid<>();
        grid.setId("sems-cycles");
        grid.addColumn(c -> time.format(c.at())).setHeader(getTranslation("controls.when")).setAutoWidth(true);
        grid.addColumn(c -> said(Sems.commands(c))).setHeader(getTranslation("sems.commands")).setFlexGrow(1);
        grid.setItems(cycles);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A cycle's commands as an operator reads them: "b002: 20,0 → 18,0 °C (confirmed)", then the recommendations. */
    private String said(Sems.CycleCommands commands) {
        List<String> parts = new ArrayList<>();
        commands.sent().forEach(c -> parts.add(getTranslation("sems.cycle.sent", c.building(), String.format(getLocale(), "%.1f", c.from()),
                String.format(getLocale(), "%.1f", c.to()), getTranslation("controls.status." + c.status().toLowerCase()))));
        new TreeMap<>(commands.recommended()).forEach((building, c) -> parts.add(getTranslation("sems.cycle.recommended", building,
                String.format(getLocale(), "%.1f", c))));
        return parts.isEmpty() ? getTranslation("sems.cycle.none") : String.join(" · ", parts);
    }

    private void act(Runnable action) {
        FormProblem.attempt(problem, action, this::show);
    }

    /** A figure with the page language's decimal mark (14,3 in Italian). */
    private String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(getLocale(), "%." + decimals + "f", value) : "–";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sems");
    }
}

package eu.sharingcities.commands.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.commands.Command;
import eu.sharingcities.commands.CommandStatus;
import eu.sharingcities.commands.Commands;
import eu.sharingcities.commands.WritablePoint;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Refusal;
import jakarta.inject.Inject;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Setpoints and dimming levels the city may command: operators choose a point, see what the
 * controller holds now, give the value and the reason, and confirm in a dialog that repeats all
 * of it; the answer comes after the controller read the value back. Everyone sees the log.
 */
@CityMenu(value = "nav.controls", order = 60)
@Route(value = ":city/controls", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class ControlsView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    Commands commands;

    @Inject
    CurrentUser currentUser;

    private CityInfo city;
    private final Grid<Command> log = new Grid<>();
    private final Paragraph outcome = new Paragraph();
    private final Paragraph now = new Paragraph();

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        add(new H1(getTranslation("nav.controls")));
        if (currentUser.require().may(Role.OPERATOR, city.code())) {
            add(form());
        } else {
            add(new Paragraph(getTranslation("controls.operators-only")));
        }
        add(new H2(getTranslation("controls.log")), log());
        refresh();
    }

    private HorizontalLayout form() {
        ComboBox<WritablePoint> point = new ComboBox<>(getTranslation("controls.point"));
        point.setId("command-point");
        point.setItems(commands.writablePoints(city.code()));
        point.setItemLabelGenerator(WritablePoint::code);
        point.setWidth("26em");
        NumberField value = new NumberField(getTranslation("controls.value"));
        value.setId("command-value");
        TextField reason = new TextField(getTranslation("controls.reason"));
        reason.setId("command-reason");
        reason.setWidth("20em");
        now.setId("command-now");
        point.addValueChangeListener(change -> {
            WritablePoint p = change.getValue();
            now.setText(p == null ? "" : getTranslation("controls.now", current(p), limits(p)));
            if (p != null) {
                value.setSuffixComponent(new com.vaadin.flow.component.html.Span(p.unit()));
            }
        });
        Button send = new Button(getTranslation("controls.send"), click -> {
            if (point.getValue() == null || value.getValue() == null) {
                show(getTranslation("controls.choose"), false);
                return;
            }
            confirm(point.getValue(), value.getValue(), reason.getValue());
        });
        send.setId("command-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outcome.setId("command-outcome");
        HorizontalLayout form = new HorizontalLayout(point, value, reason, send, now, outcome);
        form.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** The confirmation step: what will be written where, from what, and why — nothing is sent before "Write". */
    private void confirm(WritablePoint point, double value, String reason) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("command-confirm");
        dialog.setHeader(getTranslation("controls.confirm.header"));
        dialog.setText(getTranslation("controls.confirm.text", point.code(), number(value) + " " + point.unit(), current(point), reason));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("controls.confirm.cancel"));
        dialog.setConfirmText(getTranslation("controls.confirm.write"));
        dialog.addConfirmListener(confirmed -> {
            try {
                Command command = commands.send(city.code(), new Commands.Request(point.code(), value, reason));
                show(command.status() == CommandStatus.CONFIRMED
                        ? getTranslation("controls.confirmed", number(command.readBack()) + " " + point.unit())
                        : getTranslation("controls.status." + command.status().name().toLowerCase()) + ": " + command.message().in(getLocale()),
                        command.status() == CommandStatus.CONFIRMED);
            } catch (IllegalArgumentException e) {
                show(Refusal.in(e, getLocale()), false);
            }
            now.setText(getTranslation("controls.now", current(point), limits(point)));
            refresh();
        });
        dialog.open();
    }

    private void show(String text, boolean good) {
        outcome.setText(text);
        outcome.setClassName(good ? "form-success" : "form-problem");
    }

    private String current(WritablePoint point) {
        return commands.current(city.code(), point).map(v -> number(v) + " " + point.unit()).orElse(getTranslation("controls.unknown"));
    }

    private String limits(WritablePoint p) {
        return getTranslation("controls.limits", number(p.limits().min()), number(p.limits().max()), p.unit(), number(p.limits().maxStep()),
                p.limits().minInterval().toSeconds());
    }

    private Grid<Command> log() {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale()).withZone(city.zone());
        log.removeAllColumns();
        log.setId("command-log");
        log.addColumn(c -> time.format(c.requestedAt())).setHeader(getTranslation("controls.when")).setAutoWidth(true);
        log.addColumn(Command::point).setHeader(getTranslation("controls.point")).setAutoWidth(true);
        log.addColumn(c -> (c.oldValue() == null ? "?" : number(c.oldValue())) + " → " + number(c.newValue()) + " " + c.unit())
                .setHeader(getTranslation("controls.change")).setAutoWidth(true);
        log.addColumn(c -> getTranslation("controls.status." + c.status().name().toLowerCase())
                + (c.readBack() == null ? "" : " (" + number(c.readBack()) + ")")).setHeader(getTranslation("controls.status")).setAutoWidth(true);
        log.addColumn(Command::requestedBy).setHeader(getTranslation("controls.by")).setAutoWidth(true);
        log.addColumn(c -> c.reason() + (c.message().english().isEmpty() ? "" : " — " + c.message().in(getLocale()))).setHeader(getTranslation("controls.reason")).setFlexGrow(1);
        log.setAllRowsVisible(true);
        return log;
    }

    private void refresh() {
        log.setItems(commands.latest(city.code(), 50));
    }

    /** A value as the command path writes it (whole, or two decimals), with the page's decimal mark. */
    private String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(getLocale(), "%.2f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.controls");
    }
}

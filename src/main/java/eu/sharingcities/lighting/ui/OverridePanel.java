package eu.sharingcities.lighting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import eu.sharingcities.lighting.schedule.LightingOverride;
import eu.sharingcities.lighting.schedule.LightingOverrides;
import eu.sharingcities.lighting.schedule.LightingSchedule;
import eu.sharingcities.portal.FormProblem;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * For operators: hold the chosen lamppost or its whole group at a level for a while, with a reason,
 * sent at once through the schedule; the overrides in force, each with a button to end it.
 */
class OverridePanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM. HH:mm");

    private final LightingOverrides overrides;
    private final LightingSchedule schedule;
    private final String city;
    private final ZoneId zone;
    private final UnorderedList current = new UnorderedList();

    OverridePanel(LightingOverrides overrides, LightingSchedule schedule, String city, ZoneId zone) {
        this.overrides = overrides;
        this.schedule = schedule;
        this.city = city;
        this.zone = zone;
        setId("lighting-overrides");
        current.setId("overrides-current");
        showCurrent();
    }

    /** The form for one lamppost and its group. */
    void forLamp(String lamp, String group) {
        removeAll();
        Select<LightingOverride.Target> target = new Select<>();
        target.setItems(LightingOverride.Target.LAMP, LightingOverride.Target.GROUP);
        target.setItemLabelGenerator(t -> t == LightingOverride.Target.LAMP ? getTranslation("lighting.override.lamp", lamp)
                : getTranslation("lighting.override.group", group));
        target.setValue(LightingOverride.Target.LAMP);
        target.setId("override-target");
        IntegerField level = new IntegerField(getTranslation("lighting.level"));
        level.setId("override-level");
        IntegerField minutes = new IntegerField(getTranslation("lighting.override.minutes"));
        minutes.setValue(60);
        minutes.setId("override-minutes");
        TextField reason = new TextField(getTranslation("lighting.override.reason"));
        reason.setId("override-reason");
        Paragraph problem = new Paragraph();
        problem.setId("override-problem");
        problem.addClassName("form-problem");
        Button hold = new Button(getTranslation("lighting.override.hold"), click -> FormProblem.attempt(problem, () -> {
            overrides.set(city, target.getValue(), target.getValue() == LightingOverride.Target.LAMP ? lamp : group, level.getValue(),
                    minutes.getValue(), reason.getValue());
            LightingSchedule.Applied applied = schedule.apply(city);
            Notification.show(getTranslation("lighting.override.sent", applied.confirmed(), applied.failed(), applied.waitingForController()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }, this::showCurrent));
        hold.setId("override-hold");
        add(new H3(getTranslation("lighting.override.title")), target, level, minutes, reason, hold, problem);
        showCurrent();
    }

    private void showCurrent() {
        current.removeAll();
        for (LightingOverride o : overrides.current(city)) {
            Button end = new Button(getTranslation("lighting.override.end"), click -> {
                overrides.end(city, o.id());
                schedule.apply(city);
                showCurrent();
            });
            end.setId("override-end-" + o.id());
            current.add(new ListItem(new Span(getTranslation("lighting.override.item", o.code(), o.level(), TIME.format(o.until().atZone(zone)),
                    o.reason(), o.setBy()) + " "), end));
        }
        if (getChildren().noneMatch(c -> c == current)) {
            add(current);
        }
    }
}

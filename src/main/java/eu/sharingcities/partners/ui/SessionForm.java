package eu.sharingcities.partners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.sharingcities.partners.events.EventDetails;
import eu.sharingcities.partners.events.SessionDetails;
import eu.sharingcities.partners.events.SessionKind;
import eu.sharingcities.partners.events.Speaker;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A new session of the agenda: title, kind, room, start and end in the event's own time, speakers one
 * a line as "Name (Organisation)", description.
 */
class SessionForm extends Div {

    SessionForm(EventDetails event, ZoneId zone, Consumer<SessionDetails> add) {
        setId("session-form");
        TextField title = new TextField(getTranslation("events.pdf.session"));
        title.setId("session-title");
        Select<SessionKind> kind = new Select<>();
        kind.setLabel(getTranslation("events.pdf.kind"));
        kind.setId("session-kind");
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("events.kind." + k.code()));
        kind.setValue(SessionKind.PLENARY);
        TextField room = new TextField(getTranslation("events.pdf.room"));
        DateTimePicker from = new DateTimePicker(getTranslation("events.form.sessionFrom", zone.getId()), event.startsOn().atTime(9, 0));
        from.setId("session-from");
        DateTimePicker to = new DateTimePicker(getTranslation("events.form.sessionTo"), event.startsOn().atTime(10, 0));
        to.setId("session-to");
        TextArea speakers = new TextArea(getTranslation("events.form.speakers"));
        TextArea description = new TextArea(getTranslation("events.form.description"));
        Button addSession = new Button(getTranslation("events.form.addSession"), click -> add.accept(new SessionDetails(title.getValue(), kind.getValue(),
                room.getValue(), at(from.getValue(), zone), at(to.getValue(), zone), description.getValue(), speakers(speakers.getValue()))));
        addSession.setId("session-add");
        add(new Div(title, kind, room), new Div(from, to), new Div(speakers, description), addSession);
    }

    private static java.time.Instant at(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    /** "Name (Organisation)" a line; a line without brackets is a name alone. */
    static List<Speaker> speakers(String lines) {
        return Arrays.stream(lines.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).map(l -> {
            int open = l.lastIndexOf('(');
            return open > 0 && l.endsWith(")") ? new Speaker(l.substring(0, open).trim(), l.substring(open + 1, l.length() - 1).trim())
                    : new Speaker(l, "");
        }).toList();
    }
}

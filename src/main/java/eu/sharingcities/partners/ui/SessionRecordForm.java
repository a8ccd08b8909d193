package eu.sharingcities.partners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.sharingcities.partners.events.EventRecords;
import eu.sharingcities.partners.events.EventSession;
import eu.sharingcities.partners.events.Participant;

import java.util.List;
import java.util.function.BiConsumer;

/** Consortium staff's record of a session held: its minutes in Markdown, a decision, a follow-up action with its owner and due date. */
class SessionRecordForm extends Details {

    SessionRecordForm(EventSession s, List<Participant> participants, EventRecords records, BiConsumer<Runnable, String> act) {
        setSummaryText(getTranslation("events.record"));
        TextArea minutes = new TextArea(getTranslation("events.minutes"));
        minutes.setValue(s.minutes() == null ? "" : s.minutes());
        minutes.setWidthFull();
        minutes.setHelperText(getTranslation("events.record.markdown"));
        Button save = new Button(getTranslation("events.record.saveMinutes"), click -> act.accept(() -> records.writeMinutes(s.id(), minutes.getValue()),
                null));
        TextField decision = new TextField(getTranslation("events.record.decision"));
        decision.setWidthFull();
        Button decide = new Button(getTranslation("events.record.addDecision"), click -> act.accept(() -> records.decide(s.id(), decision.getValue()),
                null));
        TextField action = new TextField(getTranslation("events.record.action"));
        action.setWidthFull();
        ComboBox<Participant> owner = new ComboBox<>(getTranslation("events.record.owner"), participants);
        owner.setItemLabelGenerator(Participant::displayName);
        DatePicker due = new DatePicker(getTranslation("events.record.due"));
        Button add = new Button(getTranslation("events.record.addAction"), click -> act.accept(() -> records.addAction(s.id(), action.getValue(),
                owner.getValue() == null ? null : owner.getValue().username(), due.getValue()), null));
        add(new Div(minutes, save), new Div(decision, decide), new Div(action, owner, due, add));
    }
}

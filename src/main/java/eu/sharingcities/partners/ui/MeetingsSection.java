package eu.sharingcities.partners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import eu.sharingcities.partners.events.Meeting;
import eu.sharingcities.partners.events.MeetingRequests;
import eu.sharingcities.partners.events.Participant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A participant's one-to-one meetings at an event: those asked and asked of them, to accept,
 * decline or call off before they begin, and — until the event is over — the form that asks another
 * participant for a slot both have free.
 */
class MeetingsSection extends Div {

    private final Map<String, String> organisations;

    /** {@code organisations}: the partners' names by code, to say whom a participant works for. */
    /** {@code open}: the event is not over, so meetings may still be asked. */
    MeetingsSection(String event, boolean open, ZoneId zone, Locale locale, String me, MeetingRequests meetings, List<Participant> participants,
                    Map<String, String> organisations, BiConsumer<Runnable, String> act) {
        this.organisations = organisations;
        setId("event-meetings");
        UnorderedList list = new UnorderedList();
        list.setId("meeting-list");
        for (Meeting m : meetings.mine(event)) {
            Participant other = m.requester().username().equals(me) ? m.invitee() : m.requester();
            ListItem item = new ListItem(getTranslation("events.meeting.line", EventTexts.when(m.startsAt(), zone, locale), label(other),
                    getTranslation("events.meeting.state." + m.state().name().toLowerCase()), m.subject()) + " ");
            item.getElement().setAttribute("data-meeting", String.valueOf(m.id()));
            boolean toCome = m.startsAt().isAfter(java.time.Instant.now());
            if (toCome && m.state() == Meeting.State.REQUESTED && m.invitee().username().equals(me)) {
                item.add(new Button(getTranslation("events.meeting.accept"), click -> act.accept(() -> meetings.accept(m.id()), null)),
                        new Button(getTranslation("events.meeting.decline"), click -> act.accept(() -> meetings.decline(m.id()), null)));
            }
            if (toCome && (m.state() == Meeting.State.REQUESTED || m.state() == Meeting.State.ACCEPTED)) {
                item.add(new Button(getTranslation("events.meeting.cancel"), click -> act.accept(() -> meetings.cancel(m.id()), null)));
            }
            list.add(item);
        }
        add(list.getChildren().findAny().isPresent() ? list : new Paragraph(getTranslation("events.meeting.none")));
        if (open) {
            add(requestForm(event, zone, locale, me, meetings, participants, act));
        }
    }

    private Div requestForm(String event, ZoneId zone, Locale locale, String me, MeetingRequests meetings, List<Participant> participants,
                            BiConsumer<Runnable, String> act) {
        ComboBox<Participant> with = new ComboBox<>(getTranslation("events.meeting.with"));
        with.setId("meeting-with");
        with.setItems(participants.stream().filter(p -> !p.username().equals(me)).toList());
        with.setItemLabelGenerator(this::label);
        ComboBox<Instant> slot = new ComboBox<>(getTranslation("events.meeting.slot"));
        slot.setId("meeting-slot");
        slot.setItemLabelGenerator(at -> EventTexts.when(at, zone, locale));
        with.addValueChangeListener(change -> {
            List<Instant> free = change.getValue() == null ? List.of() : meetings.freeSlots(event, change.getValue().username());
            slot.setItems(free);
            slot.setHelperText(change.getValue() != null && free.isEmpty() ? getTranslation("events.meeting.noSlots") : null);
        });
        TextField subject = new TextField(getTranslation("events.meeting.subject"));
        subject.setId("meeting-subject");
        Button ask = new Button(getTranslation("events.meeting.ask"), click -> act.accept(() -> meetings.request(event,
                with.getValue() == null ? null : with.getValue().username(), slot.getValue(), subject.getValue()),
                with.getValue() == null ? null : getTranslation("events.meeting.asked", with.getValue().displayName())));
        ask.setId("meeting-ask");
        return new Div(with, slot, subject, ask);
    }

    private String label(Participant p) {
        return p.organisation().isEmpty() ? p.displayName() : p.displayName() + " · " + organisations.getOrDefault(p.organisation(), p.organisation());
    }
}

package eu.sharingcities.partners.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.sharingcities.partners.events.Event;
import eu.sharingcities.partners.events.EventRecords;
import eu.sharingcities.partners.events.EventSession;
import eu.sharingcities.partners.events.FollowUpAction;
import eu.sharingcities.partners.events.Participant;
import eu.sharingcities.partners.events.SessionDetails;
import eu.sharingcities.security.SignedInUser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * An event's agenda day by day in its own time; under each session held, to its participants, the
 * minutes, decisions and follow-up actions (an action's owner ticks it done), and for consortium
 * staff the form that records them.
 */
class AgendaSection extends Div {

    AgendaSection(Event e, ZoneId zone, Locale locale, SignedInUser reader, List<Participant> participants, EventRecords records,
                  BiConsumer<Runnable, String> act) {
        setId("event-agenda");
        boolean consortium = reader != null && reader.isConsortiumAdmin();
        Map<LocalDate, List<EventSession>> days = e.sessions().stream().collect(Collectors.groupingBy(
                s -> s.details().startsAt().atZone(zone).toLocalDate(), LinkedHashMap::new, Collectors.toList()));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        days.forEach((date, sessions) -> {
            add(new H3(day.format(date)));
            for (EventSession s : sessions) {
                Div card = session(s, zone);
                records(card, s, reader, records, act);
                if (consortium && !Instant.now().isBefore(s.details().startsAt())) {
                    card.add(new SessionRecordForm(s, participants, records, act));
                }
                add(card);
            }
        });
    }

    private Div session(EventSession s, ZoneId zone) {
        SessionDetails d = s.details();
        Span title = new Span(d.title());
        title.addClassName("session-title");
        Div card = new Div(new Paragraph(new Span(EventTexts.time(d.startsAt(), zone) + "–" + EventTexts.time(d.endsAt(), zone) + " "), title),
                new Paragraph(getTranslation("events.kind." + d.kind().code())
                        + (d.room().isBlank() ? "" : " · " + d.room())));
        if (!d.speakers().isEmpty()) {
            card.add(new Paragraph(EventTexts.speakers(d.speakers())));
        }
        if (!d.description().isBlank()) {
            card.add(new Paragraph(d.description()));
        }
        card.addClassName("partner-card");
        card.getElement().setAttribute("data-session", String.valueOf(s.id()));
        return card;
    }

    private void records(Div card, EventSession s, SignedInUser reader, EventRecords records, BiConsumer<Runnable, String> act) {
        if (s.minutesHtml() != null) {
            Html minutes = new Html("<div class=\"session-minutes\">" + s.minutesHtml() + "</div>");
            card.add(new H4(getTranslation("events.minutes")), minutes);
        }
        if (s.decisions() != null && !s.decisions().isEmpty()) {
            UnorderedList list = new UnorderedList();
            s.decisions().forEach(d -> list.add(new ListItem(d.text())));
            card.add(new H4(getTranslation("events.decisions")), list);
        }
        if (s.actions() != null && !s.actions().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (FollowUpAction a : s.actions()) {
                ListItem item = new ListItem(a.text() + " — " + getTranslation("events.action.owner", a.ownerName(),
                        a.dueOn() == null ? "–" : a.dueOn().toString()) + " ");
                Checkbox done = new Checkbox(getTranslation("events.action.done"), a.doneAt() != null);
                boolean mayTick = reader != null && (reader.isConsortiumAdmin() || reader.username().equals(a.owner()));
                done.setReadOnly(!mayTick);
                done.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        act.accept(() -> records.setDone(a.id(), change.getValue()), null);
                    }
                });
                item.add(done);
                list.add(item);
            }
            card.add(new H4(getTranslation("events.actions")), list);
        }
    }
}

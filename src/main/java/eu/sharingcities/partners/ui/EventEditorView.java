package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.partners.events.Event;
import eu.sharingcities.partners.events.EventDetails;
import eu.sharingcities.partners.events.EventSession;
import eu.sharingcities.partners.events.Exhibitor;
import eu.sharingcities.partners.events.PartnerEvents;
import eu.sharingcities.partners.events.TradeShow;
import eu.sharingcities.portal.FormProblem;
import eu.sharingcities.portal.NoAccessView;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.PlatformLanguages;
import jakarta.inject.Inject;

import java.time.ZoneId;

/**
 * Consortium staff's page for an event ({@code /partners/events/new/edit} starts one): its details,
 * its agenda session by session, the booths of its exhibitors, and its publication.
 */
@Route(value = "partners/events/:code/edit", layout = PartnersLayout.class)
@CdiComponent
class EventEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    PartnerEvents events;

    @Inject
    TradeShow tradeShow;

    @Inject
    Cities cities;

    @Inject
    CurrentUser currentUser;

    private final Paragraph problem = new Paragraph();
    private String code = "";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!currentUser.get().map(SignedInUser::isConsortiumAdmin).orElse(false)) {
            event.forwardTo(NoAccessView.class);
            return;
        }
        problem.setId("event-problem");
        code = event.getRouteParameters().get("code").orElse("new");
        show();
    }

    private void show() {
        removeAll();
        Event e = null;
        if (!code.equals("new")) {
            try {
                e = events.view(code);
            } catch (NotFound missing) {
                add(new H1(getTranslation("events.unknown")));
                return;
            }
        }
        add(new H1(e == null ? getTranslation("events.new") : e.details().title()), details(e));
        if (e != null) {
            ZoneId zone = ZoneId.of(e.timeZone());
            add(new H2(getTranslation("events.agenda")), sessions(e, zone), new SessionForm(e.details(), zone, session -> FormProblem.attempt(problem,
                    () -> events.putSession(code, null, session), this::show)), new H2(getTranslation("events.tradeShow")), booths(e));
            if (!e.published()) {
                Button publish = new Button(getTranslation("partners.publish"), click -> FormProblem.attempt(problem, () -> events.publish(code), this::show));
                publish.setId("event-publish");
                add(publish);
            }
            add(new Paragraph(new Anchor("/partners/events/" + code, getTranslation("events.see"))));
        }
        add(problem);
    }

    private Div details(Event e) {
        EventDetails d = e == null ? null : e.details();
        TextField eventCode = new TextField(getTranslation("events.form.code"));
        eventCode.setId("event-code");
        eventCode.setValue(code.equals("new") ? "" : code);
        eventCode.setReadOnly(!code.equals("new"));
        TextField title = text("events.form.title", "event-title", d == null ? "" : d.title());
        title.setWidth("28rem");
        Select<CityInfo> city = new Select<>();
        city.setLabel(getTranslation("results.form.city"));
        city.setId("event-city");
        city.setItems(cities.all());
        city.setItemLabelGenerator(CityInfo::name);
        if (d != null) {
            cities.find(d.city()).ifPresent(city::setValue);
        }
        TextField venue = text("events.form.venue", "event-venue", d == null ? "" : d.venue());
        venue.setWidth("24rem");
        DatePicker from = new DatePicker(getTranslation("events.form.from"), d == null ? null : d.startsOn());
        from.setId("event-from");
        DatePicker to = new DatePicker(getTranslation("events.form.to"), d == null ? null : d.endsOn());
        to.setId("event-to");
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("knowhow.language"));
        language.setItems(PlatformLanguages.CODES);
        language.setValue(d == null ? "en" : d.language());
        TextArea description = new TextArea(getTranslation("events.form.description"));
        description.setValue(d == null ? "" : d.description());
        description.setWidthFull();
        IntegerField capacity = new IntegerField(getTranslation("events.form.capacity"));
        capacity.setValue(d == null ? null : d.capacity());
        IntegerField meeting = new IntegerField(getTranslation("events.form.meetingMinutes"));
        meeting.setValue(d == null ? 30 : d.meetingMinutes());
        Button save = new Button(getTranslation("events.form.save"), click -> FormProblem.attempt(problem, () -> {
            String saved = code.equals("new") ? eventCode.getValue().trim() : code;
            events.put(saved, new EventDetails(title.getValue(), city.getValue() == null ? null : city.getValue().code(), venue.getValue(),
                    from.getValue(), to.getValue(), language.getValue(), description.getValue(), capacity.getValue(), meeting.getValue()));
            if (code.equals("new")) {
                UI.getCurrent().navigate("partners/events/" + saved + "/edit");
            }
        }, this::show));
        save.setId("event-save");
        return new Div(new Div(eventCode, title, city, venue), new Div(from, to, language, capacity, meeting), description, save);
    }

    private UnorderedList sessions(Event e, ZoneId zone) {
        UnorderedList list = new UnorderedList();
        list.setId("event-sessions");
        for (EventSession s : e.sessions()) {
            ListItem item = new ListItem(EventTexts.when(s.details().startsAt(), zone, getLocale()) + "–" + EventTexts.time(s.details().endsAt(), zone)
                    + " " + s.details().title() + " · " + getTranslation("events.kind." + s.details().kind().code())
                    + (s.details().speakers().isEmpty() ? "" : " · " + EventTexts.speakers(s.details().speakers())) + " ");
            item.add(new Button(getTranslation("events.form.removeSession"), click -> FormProblem.attempt(problem,
                    () -> events.deleteSession(code, s.id()), this::show)));
            list.add(item);
        }
        return list;
    }

    private Div booths(Event e) {
        Div list = new Div();
        list.setId("event-booths");
        for (Exhibitor x : e.exhibitors()) {
            TextField booth = new TextField(x.name());
            booth.setValue(x.booth() == null ? "" : x.booth());
            booth.setId("booth-" + x.organisation());
            Button assign = new Button(getTranslation("events.form.assignBooth"), click -> FormProblem.attempt(problem,
                    () -> tradeShow.assignBooth(code, x.organisation(), booth.getValue()), this::show));
            list.add(new Div(booth, assign));
        }
        if (e.exhibitors().isEmpty()) {
            list.add(new Paragraph(getTranslation("events.noExhibitors")));
        }
        return list;
    }

    private TextField text(String label, String id, String value) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setValue(value);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.new");
    }
}

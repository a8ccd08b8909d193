package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.sharingcities.city.Cities;
import eu.sharingcities.partners.Competences;
import eu.sharingcities.partners.PartnerOrganisation;
import eu.sharingcities.partners.PartnerOrganisations;
import eu.sharingcities.partners.events.Event;
import eu.sharingcities.partners.events.EventCalendar;
import eu.sharingcities.partners.events.EventProgramme;
import eu.sharingcities.partners.events.EventRecords;
import eu.sharingcities.partners.events.MeetingRequests;
import eu.sharingcities.partners.events.PartnerEvents;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An event: where and when, registration, the programme as PDF and calendar, the agenda (with the
 * minutes, decisions and actions of sessions held, to its participants), the trade show, and a
 * participant's one-to-one meetings.
 */
@Route(value = "partners/events/:code", layout = PartnersLayout.class)
@AnonymousAllowed
@CdiComponent
class EventView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    PartnerEvents events;

    @Inject
    MeetingRequests meetings;

    @Inject
    EventRecords records;

    @Inject
    Competences competences;

    @Inject
    Cities cities;

    @Inject
    PartnerOrganisations organisations;

    @Inject
    CurrentUser currentUser;

    private final Paragraph outcome = new Paragraph();
    private String code = "";
    private String title = "";

    static RouteParameters parameters(String code) {
        return new RouteParameters("code", code);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        show();
    }

    /** Shows the event anew, as it now stands. */
    void show() {
        removeAll();
        Event e;
        try {
            e = events.view(code);
        } catch (NotFound refused) {
            add(new H1(getTranslation("events.title")), new Paragraph(refused.getMessage()));
            return;
        }
        title = e.details().title();
        ZoneId zone = ZoneId.of(e.timeZone());
        Locale locale = getLocale();
        outcome.setId("event-outcome");
        add(new H1(title), new Paragraph(e.details().venue() + " · " + CityNames.of(cities, List.of(e.details().city())) + " · "
                + EventTexts.days(e.details(), locale) + " · " + getTranslation("events.pdf.zone", zone.getId())));
        if (!e.details().description().isBlank()) {
            add(new Paragraph(e.details().description()));
        }
        Map<String, String> competenceNames = competences.names(locale);
        add(registration(e), downloads(e, competenceNames, locale), outcome);
        SignedInUser user = currentUser.get().orElse(null);
        boolean consortium = user != null && user.isConsortiumAdmin();
        if (consortium) {
            add(new Paragraph(new Anchor("/partners/events/" + code + "/edit", getTranslation("events.edit"))));
        }
        add(new H2(getTranslation("events.agenda")), new AgendaSection(e, zone, locale, user, consortium ? events.participants(code) : List.of(),
                records, this::act));
        add(new H2(getTranslation("events.tradeShow")), tradeShow(e, competenceNames));
        if (Boolean.TRUE.equals(e.youAreRegistered())) {
            Map<String, String> partners = organisations.published().stream().collect(Collectors.toMap(PartnerOrganisation::code,
                    o -> o.published().name()));
            add(new H2(getTranslation("events.meetings")), new MeetingsSection(code, open(e), zone, locale, user.username(), meetings,
                    events.participants(code), partners, this::act));
        }
    }

    private Div registration(Event e) {
        Div box = new Div();
        box.setId("event-registration");
        boolean open = open(e);
        if (e.youAreRegistered() == null) {
            box.add(open ? new Anchor("/login", getTranslation("events.signInToRegister")) : new Span(getTranslation("events.closed")));
        } else if (e.youAreRegistered() && !open) {
            box.add(new Span(getTranslation("events.registered") + " "));
        } else if (e.youAreRegistered()) {
            Button withdraw = new Button(getTranslation("events.unregister"), click -> act(() -> events.unregister(code), null));
            withdraw.setId("event-unregister");
            box.add(new Span(getTranslation("events.registered") + " "), withdraw);
        } else if (open) {
            Button register = new Button(getTranslation("events.register"), click -> act(() -> events.register(code), null));
            register.setId("event-register");
            box.add(register);
        } else {
            box.add(new Span(getTranslation("events.closed")));
        }
        box.add(new Span(" · " + getTranslation("events.registeredCount", e.registered())));
        return box;
    }

    /** Whether the event is published and not over: registration, withdrawal and meeting requests are open. */
    private static boolean open(Event e) {
        return e.published() && Instant.now().isBefore(e.details().endIn(ZoneId.of(e.timeZone())));
    }

    private Div downloads(Event e, Map<String, String> names, Locale locale) {
        Anchor pdf = new Anchor((DownloadHandler) download -> {
            download.setFileName(code + ".pdf");
            download.setContentType("application/pdf");
            EventProgramme.write(e, names, locale, download.getOutputStream());
        }, getTranslation("events.pdf"));
        pdf.setId("event-pdf");
        Anchor ics = new Anchor((DownloadHandler) download -> {
            download.setFileName(code + ".ics");
            download.setContentType("text/calendar");
            EventCalendar.write(e, List.of(), download.getOutputStream());
        }, getTranslation("events.ics"));
        ics.setId("event-ics");
        Div links = new Div(pdf, new Span(" · "), ics);
        if (Boolean.TRUE.equals(e.youAreRegistered())) {
            Anchor mine = new Anchor((DownloadHandler) download -> {
                download.setFileName(code + "-mine.ics");
                download.setContentType("text/calendar");
                EventCalendar.write(e, meetings.mine(code), download.getOutputStream());
            }, getTranslation("events.myIcs"));
            mine.setId("event-my-ics");
            links.add(new Span(" · "), mine);
        }
        return links;
    }

    private Div tradeShow(Event e, Map<String, String> names) {
        Div exhibitors = new Div();
        exhibitors.setId("event-exhibitors");
        e.exhibitors().forEach(x -> {
            Div card = new Div(new Paragraph(new Span(x.booth() == null ? getTranslation("events.boothPending") : getTranslation("events.booth", x.booth())),
                    new Span(" · "), new Anchor("/partners/organisations/" + x.organisation(), x.name())),
                    new Paragraph(x.competences().stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining(", "))));
            x.results().forEach(r -> card.add(new Paragraph(new Anchor("/partners/results#result-" + r.id(), r.title()))));
            if (!x.pitch().isBlank()) {
                card.add(new Paragraph(x.pitch()));
            }
            card.addClassName("partner-card");
            card.getElement().setAttribute("data-exhibitor", x.organisation());
            exhibitors.add(card);
        });
        if (e.exhibitors().isEmpty()) {
            exhibitors.add(new Paragraph(getTranslation("events.noExhibitors")));
        }
        return exhibitors;
    }

    /** Does a step and shows the page anew saying what came of it; a refusal is said in the reader's language and nothing changes. */
    void act(Runnable step, String done) {
        try {
            step.run();
            outcome.setText(done == null ? "" : done);
            show();
        } catch (Refusal | NotPermittedException refused) {
            outcome.setText(Refusal.in(refused, getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.sharingcities.city.Cities;
import eu.sharingcities.partners.events.Event;
import eu.sharingcities.partners.events.PartnerEvents;
import eu.sharingcities.security.CurrentUser;
import jakarta.inject.Inject;

import java.util.List;

/** The consortium's events, the newest first: where, when and how many are registered; unpublished ones to consortium staff. */
@Route(value = "partners/events", layout = PartnersLayout.class)
@AnonymousAllowed
@CdiComponent
class EventsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    PartnerEvents events;

    @Inject
    Cities cities;

    @Inject
    CurrentUser currentUser;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Div list = new Div();
        list.setId("event-cards");
        for (Event e : events.list()) {
            RouterLink title = new RouterLink(e.details().title(), EventView.class, EventView.parameters(e.code()));
            Div card = new Div(new H3(title), new Paragraph(e.details().venue() + " · " + CityNames.of(cities, List.of(e.details().city())) + " · "
                    + EventTexts.days(e.details(), getLocale())), new Paragraph(getTranslation("events.registeredCount", e.registered())
                    + (e.published() ? "" : " · " + getTranslation("events.unpublished"))));
            card.addClassName("partner-card");
            card.getElement().setAttribute("data-event", e.code());
            list.add(card);
        }
        add(new H1(getTranslation("events.title")));
        if (currentUser.get().map(u -> u.isConsortiumAdmin()).orElse(false)) {
            Anchor create = new Anchor("/partners/events/new/edit", getTranslation("events.new"));
            create.setId("event-new");
            add(new Paragraph(create));
        }
        add(list.getChildren().findAny().isPresent() ? list : new Paragraph(getTranslation("events.none")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.title");
    }
}

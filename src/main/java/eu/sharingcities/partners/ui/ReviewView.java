package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.partners.PartnerOrganisation;
import eu.sharingcities.partners.PartnerOrganisations;
import eu.sharingcities.portal.NoAccessView;
import eu.sharingcities.security.CurrentUser;
import jakarta.inject.Inject;

import java.util.List;

/** Consortium staff's queue: the drafts partners submitted for publication, each a link to review it. */
@Route(value = "partners/review", layout = PartnersLayout.class)
@CdiComponent
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    PartnerOrganisations organisations;

    @Inject
    CurrentUser currentUser;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!currentUser.get().map(u -> u.isConsortiumAdmin()).orElse(false)) {
            event.forwardTo(NoAccessView.class);
            return;
        }
        removeAll();
        List<PartnerOrganisation> waiting = organisations.submitted();
        Div list = new Div();
        list.setId("review-list");
        waiting.forEach(o -> list.add(new Paragraph(new Anchor("/partners/organisations/" + o.code(), o.draft().name()))));
        if (waiting.isEmpty()) {
            list.add(new Paragraph(getTranslation("partners.review.none")));
        }
        add(new H1(getTranslation("partners.nav.review")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.nav.review");
    }
}

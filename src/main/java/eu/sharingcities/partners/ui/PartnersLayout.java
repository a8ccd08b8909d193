package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import eu.sharingcities.partners.PartnerAccess;
import eu.sharingcities.portal.Languages;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.SignedInUser;
import jakarta.inject.Inject;

/**
 * The partners' portal's own area (/partners), open to the public for what is published: its
 * header with the language and signing in or out, and its navigation — the directory, the partner's
 * own organisation, the events, the financing calculator (signed in), and consortium staff's review.
 */
@CdiComponent
public class PartnersLayout extends AppLayout implements BeforeEnterObserver {

    @Inject
    CurrentUser currentUser;

    @Inject
    PartnerAccess access;

    private boolean built;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        built = true;
        Languages.applySessionLanguage(UI.getCurrent());
        SignedInUser user = currentUser.get().orElse(null);
        Span title = new Span(getTranslation("partners.title"));
        title.addClassName("app-title");
        Anchor sign = user == null ? new Anchor("/login", getTranslation("partners.signIn")) : new Anchor("/", getTranslation("partners.toCities"));
        sign.setId("partners-sign");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, Languages.switcher(), sign);
        header.addClassName("app-header");
        header.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        addToNavbar(header);
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("partners.title"));
        nav.addItem(new SideNavItem(getTranslation("partners.nav.directory"), "/partners"));
        nav.addItem(new SideNavItem(getTranslation("results.title"), "/partners/results"));
        nav.addItem(new SideNavItem(getTranslation("events.title"), "/partners/events"));
        nav.addItem(new SideNavItem(getTranslation("search.title"), "/partners/search"));
        if (user != null) {
            nav.addItem(new SideNavItem(getTranslation("financing.nav"), "/partners/financing"));
        }
        access.ownOrganisation().ifPresent(own -> {
            nav.addItem(new SideNavItem(getTranslation("partners.nav.own"), "/partners/organisations/" + own));
            nav.addItem(new SideNavItem(getTranslation("results.write"), "/partners/results/new/edit"));
            nav.addItem(new SideNavItem(getTranslation("knowhow.write"), "/partners/knowhow/new/edit"));
        });
        if (user != null && user.isConsortiumAdmin()) {
            nav.addItem(new SideNavItem(getTranslation("partners.nav.review"), "/partners/review"));
        }
        addToDrawer(nav);
    }
}

package eu.sharingcities.portal;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import eu.sharingcities.alarms.AlarmBroadcaster;
import eu.sharingcities.alarms.Alarms;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;

import java.util.Optional;

/**
 * The shell around every city page: header with the city switcher (only the user's cities), the
 * language switcher and sign-out; side navigation with the modules that exist. Before any city view
 * opens it checks that the user holds a role in that city (and the role the view requires), and
 * applies the city's colour, language and locale.
 */
@CdiComponent
public class CityLayout extends AppLayout implements BeforeEnterObserver {

    @Inject
    Cities cities;

    @Inject
    CurrentUser currentUser;

    @Inject
    Alarms alarms;

    @Inject
    AlarmBroadcaster broadcaster;

    private CityInfo city;
    private HorizontalLayout header;
    private Div navigation;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            return; // PortalAccess sends the visitor to the login view
        }
        Optional<CityInfo> target = event.getRouteParameters().get("city").flatMap(cities::find);
        RequiresCityRole required = event.getNavigationTarget().getAnnotation(RequiresCityRole.class);
        boolean partnerView = required != null && required.partners();
        if (target.isEmpty() || !(user.canSee(target.get().code()) || partnerView && user.isPartnerIn(target.get().code()))) {
            event.forwardTo(NoAccessView.class);
            return;
        }
        if (required != null && !user.may(required.value(), target.get().code()) && !(partnerView && user.isPartnerIn(target.get().code()))) {
            event.forwardTo(NoAccessView.class);
            return;
        }
        if (!target.get().equals(city)) {
            city = target.get();
            Languages.apply(UI.getCurrent(), city.locale().getLanguage(), city.country());
            build(user);
        }
    }

    CityInfo city() {
        return city;
    }

    private void build(SignedInUser user) {
        getElement().getStyle().set("--lumo-primary-color", city.accentColour());
        getElement().getStyle().set("--lumo-primary-text-color", city.accentColour());
        getElement().setAttribute("data-city", city.code());
        if (header != null) {
            remove(header, navigation);
        }
        setPrimarySection(Section.DRAWER);

        Span title = new Span(getTranslation("app.name") + " · " + city.name());
        title.addClassName("app-title");
        com.vaadin.flow.component.html.Anchor password = new com.vaadin.flow.component.html.Anchor("/account/password", getTranslation("header.password"));
        password.setId("header-password");
        header = new HorizontalLayout(new DrawerToggle(), title, citySwitcher(), Languages.switcher(), password, signOutButton());
        header.addClassName("app-header");
        header.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        addToNavbar(header);
        Span signedIn = new Span(user.displayName() + " (" + user.username() + ")");
        signedIn.addClassName("signed-in-user");
        navigation = new Div(signedIn, navigation(user));
        addToDrawer(navigation);
    }

    private SideNav navigation(SignedInUser user) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        if (!user.canSee(city.code())) { // a project partner: only what partners work on
            nav.addItem(new SideNavItem(getTranslation("nav.condominiums"), "/" + city.code() + "/condominiums"));
            return nav;
        }
        nav.addItem(new SideNavItem(getTranslation("nav.overview"), "/" + city.code()));
        nav.addItem(alarmsItem());
        nav.addItem(new SideNavItem(getTranslation("nav.alarm-rules"), "/" + city.code() + "/alarm-rules"));
        nav.addItem(new SideNavItem(getTranslation("nav.points"), "/" + city.code() + "/points"));
        nav.addItem(new SideNavItem(getTranslation("nav.ingestion"), "/" + city.code() + "/ingestion"));
        nav.addItem(new SideNavItem(getTranslation("nav.controls"), "/" + city.code() + "/controls"));
        nav.addItem(new SideNavItem(getTranslation("nav.buildings"), "/" + city.code() + "/buildings"));
        nav.addItem(new SideNavItem(getTranslation("nav.portfolio"), "/" + city.code() + "/portfolio"));
        nav.addItem(new SideNavItem(getTranslation("nav.sems"), "/" + city.code() + "/sems"));
        nav.addItem(new SideNavItem(getTranslation("nav.heat-pumps"), "/" + city.code() + "/heat-pumps"));
        nav.addItem(new SideNavItem(getTranslation("nav.condominiums"), "/" + city.code() + "/condominiums"));
        if (user.may(Role.CITY_ADMIN, city.code())) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), "/" + city.code() + "/users"));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "/" + city.code() + "/audit"));
        }
        return nav;
    }

    /** The alarms entry with the number waiting for acknowledgement, kept up to date by server push. */
    private SideNavItem alarmsItem() {
        SideNavItem item = new SideNavItem(getTranslation("nav.alarms"), "/" + city.code() + "/alarms");
        Span count = new Span();
        count.addClassName("alarm-count");
        count.setId("alarm-count");
        item.setSuffixComponent(count);
        String code = city.code();
        Runnable update = () -> {
            int waiting = alarms.unacknowledged(code);
            count.setText(waiting == 0 ? "" : String.valueOf(waiting)); // empty: hidden by CSS; an invisible component would get no events
        };
        AlarmsChanged.refresh(count, broadcaster, code, update); // a new count for another city: this one goes with its item
        return item;
    }

    private Select<CityInfo> citySwitcher() {
        Select<CityInfo> select = new Select<>();
        select.setAriaLabel(getTranslation("header.city"));
        select.setItems(cities.visibleToCurrentUser());
        select.setItemLabelGenerator(CityInfo::name);
        select.setValue(city);
        select.addClassName("city-switcher");
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent().navigate(event.getValue().code());
            }
        });
        return select;
    }

    private Button signOutButton() {
        Button button = new Button(getTranslation("header.signout"), click -> {
            UI.getCurrent().getPage().setLocation("/login");
            try {
                VaadinServletRequest.getCurrent().getHttpServletRequest().logout();
            } catch (ServletException e) {
                // the session is invalidated below in any case
            }
            VaadinSession.getCurrent().getSession().invalidate();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}

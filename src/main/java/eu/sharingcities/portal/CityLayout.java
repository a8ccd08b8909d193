package eu.sharingcities.portal;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.ComponentUtil;
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
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import eu.sharingcities.alarms.AlarmBroadcaster;
import eu.sharingcities.alarms.Alarms;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;

import java.util.Comparator;
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
        ComponentUtil.setData(UI.getCurrent(), Entered.class, null);
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            return; // PortalAccess sends the visitor to the login view
        }
        Optional<CityInfo> target = event.getRouteParameters().get("city").flatMap(cities::find);
        if (target.isEmpty() || !mayOpen(user, target.get().code(), event.getNavigationTarget())) {
            event.forwardTo(NoAccessView.class);
            return;
        }
        ComponentUtil.setData(UI.getCurrent(), Entered.class, new Entered(target.get()));
        if (!target.get().equals(city)) {
            city = target.get();
            Languages.apply(UI.getCurrent(), city.locale().getLanguage(), city.country());
            build(user);
        }
    }

    CityInfo city() {
        return city;
    }

    /** The city whose page is being entered, checked: what the layout hands a {@link CityPage}. */
    private record Entered(CityInfo city) {
    }

    static Optional<CityInfo> entered(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, Entered.class)).map(Entered::city);
    }

    /** Whether the user may open the page in the city: the role its {@link RequiresCityRole} names (any role there without one). */
    private static boolean mayOpen(SignedInUser user, String cityCode, Class<?> page) {
        RequiresCityRole required = page.getAnnotation(RequiresCityRole.class);
        if (required != null && required.partners() && user.isPartnerIn(cityCode)) {
            return true;
        }
        return required == null ? user.canSee(cityCode) : user.may(required.value(), cityCode);
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

    /** The city pages the user may open here, in their {@link CityMenu} order: the menu follows the routes, not a list kept here. */
    private SideNav navigation(SignedInUser user) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(CityMenu.class) && route.getTemplate().startsWith(":city"))
                .filter(route -> mayOpen(user, city.code(), route.getNavigationTarget()))
                .sorted(Comparator.comparingInt(route -> route.getNavigationTarget().getAnnotation(CityMenu.class).order()))
                .forEach(route -> nav.addItem(item(route.getNavigationTarget().getAnnotation(CityMenu.class).value(),
                        "/" + city.code() + route.getTemplate().substring(":city".length()))));
        return nav;
    }

    private SideNavItem item(String label, String path) {
        SideNavItem item = new SideNavItem(getTranslation(label), path);
        if (label.equals("nav.alarms")) {
            withAlarmCount(item);
        }
        return item;
    }

    /** The alarms entry shows the number waiting for acknowledgement, kept up to date by server push. */
    private void withAlarmCount(SideNavItem item) {
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

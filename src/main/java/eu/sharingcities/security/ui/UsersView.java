package eu.sharingcities.security.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.CityGrant;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.UserAdministration;
import eu.sharingcities.security.UserSummary;
import eu.sharingcities.text.Refusal;
import jakarta.inject.Inject;

import java.util.List;
import java.util.stream.Collectors;

/** City admins manage who has which role in their city: create accounts, revoke roles, unlock. */
@CityMenu(value = "nav.users", order = 120)
@Route(value = ":city/users", layout = CityLayout.class)
@RequiresCityRole(Role.CITY_ADMIN)
@CdiComponent
class UsersView extends Main implements CityPage, HasDynamicTitle {

    private static final List<Role> ASSIGNABLE = List.of(Role.VIEWER, Role.OPERATOR, Role.CITY_ADMIN, Role.PARTNER, Role.CITIZEN, Role.SCADA);

    @Inject
    UserAdministration administration;

    private final Grid<UserSummary> grid = new Grid<>();
    private CityInfo city;

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        grid.removeAllColumns();
        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(user -> user.grants().stream().map(g -> g.role().groupName()).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles"));
        grid.addColumn(user -> getTranslation(user.slowedDown() ? "users.slowed" : user.enabled() ? "users.active" : "users.disabled"))
                .setHeader(getTranslation("users.state"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.users"));
        refresh();
        add(new H1(getTranslation("nav.users")), grid, new H2(getTranslation("users.new")), newUserForm());
    }

    private Button actions(UserSummary user) {
        if (user.slowedDown()) {
            return new Button(getTranslation("users.unlock"), click -> run(() -> administration.unlock(user.username(), city.code())));
        }
        return new Button(getTranslation("users.revoke"), click -> run(() ->
                user.grants().stream().map(CityGrant::role).forEach(role -> administration.revoke(user.username(), city.code(), role))));
    }

    private FormLayout newUserForm() {
        TextField username = new TextField(getTranslation("users.username"));
        TextField name = new TextField(getTranslation("users.name"));
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        username.setId("new-username");
        name.setId("new-name");
        password.setId("new-password");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(ASSIGNABLE);
        role.setItemLabelGenerator(Role::groupName);
        role.setValue(Role.VIEWER);
        Button create = new Button(getTranslation("users.create"), click -> run(() -> {
            administration.create(username.getValue(), name.getValue(), password.getValue(), city.code(), role.getValue());
            username.clear();
            name.clear();
            password.clear();
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-user");
        return new FormLayout(username, name, password, role, create);
    }

    /** Runs an admin action; a refusal is shown with its reason and nothing typed is lost. */
    private void run(Runnable action) {
        try {
            action.run();
            refresh();
            Notification.show(getTranslation("action.saved"));
        } catch (RuntimeException e) {
            Notification error = Notification.show(Refusal.in(e, getLocale()), 6000, Notification.Position.MIDDLE);
            error.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        grid.setItems(administration.usersOf(city.code()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}

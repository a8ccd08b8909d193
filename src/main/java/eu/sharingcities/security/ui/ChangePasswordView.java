package eu.sharingcities.security.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.portal.Languages;
import eu.sharingcities.portal.PortalAccess;
import eu.sharingcities.security.Accounts;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.PasswordRules;
import eu.sharingcities.security.SignedInUser;
import eu.sharingcities.text.Refusal;
import jakarta.inject.Inject;

/**
 * Where a signed-in person changes their password; where they are sent, whatever they open, while
 * their password is one someone else chose (an administrator's, the bootstrap's).
 */
@Route(PortalAccess.CHANGE_PASSWORD)
@CdiComponent
public class ChangePasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Paragraph problem = new Paragraph();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Languages.applySessionLanguage(UI.getCurrent());
        SignedInUser user = currentUser.require();
        removeAll();
        addClassName("change-password");
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.rules", PasswordRules.MIN_LENGTH));
        chosen.setId("new-password");
        repeated.setLabel(getTranslation("password.repeat"));
        repeated.setId("repeat-password");
        problem.addClassName("form-problem");
        problem.setId("password-problem");
        Button change = new Button(getTranslation("password.change"), click -> change(user));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        add(new H1(getTranslation("password.title")));
        if (user.mustChangePassword()) {
            add(new Paragraph(getTranslation("password.required")));
        }
        add(current, chosen, repeated, problem, change);
    }

    private void change(SignedInUser user) {
        if (!chosen.getValue().equals(repeated.getValue())) {
            problem.setText(getTranslation("password.mismatch"));
            return;
        }
        try {
            accounts.changePassword(user.username(), current.getValue(), chosen.getValue());
        } catch (IllegalArgumentException e) {
            problem.setText(Refusal.in(e, getLocale())); // the form keeps what was typed
            return;
        }
        Notification.show(getTranslation("password.changed"));
        UI.getCurrent().getPage().setLocation("/");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}

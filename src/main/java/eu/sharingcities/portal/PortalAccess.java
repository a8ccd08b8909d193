package eu.sharingcities.portal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.sharingcities.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Sends anyone who is not signed in to the login view, unless the view is open to all; and anyone
 * whose password someone else chose to the form that replaces it.
 */
@ApplicationScoped
public class PortalAccess {

    @Inject
    CurrentUser currentUser;

    /** The route of the password change (security/ui/ChangePasswordView): by path, so the shell needs no feature's page. */
    public static final String CHANGE_PASSWORD = "account/password";

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        boolean open = event.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class);
        if (!open && currentUser.get().isEmpty()) {
            event.forwardTo(LoginView.class);
        } else if (!open && currentUser.get().get().mustChangePassword() && !CHANGE_PASSWORD.equals(event.getLocation().getPath())) {
            event.forwardTo(CHANGE_PASSWORD);
        }
    }
}

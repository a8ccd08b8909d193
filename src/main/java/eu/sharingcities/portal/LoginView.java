package eu.sharingcities.portal;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.sharingcities.security.PlatformAuthenticationMechanism;
import eu.sharingcities.security.SignInResult;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Sign-in with Jakarta Security: the credentials go to the platform's authentication mechanism,
 * which checks them against PostgreSQL; on success the session id changes (no fixation) and the
 * browser reloads into the user's first city.
 */
@Route("login")
@AnonymousAllowed
@CdiComponent
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    SecurityContext securityContext;

    private final LoginForm form = new LoginForm();
    private LoginI18n i18n;

    LoginView() {
        addClassName("login-view");
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Languages.applySessionLanguage(UI.getCurrent());
        removeAll();
        i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
        form.setI18n(i18n);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), form, Languages.switcher());
    }

    private void signIn(LoginEvent event) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var credential = new UsernamePasswordCredential(event.getUsername(), new Password(event.getPassword()));
        AuthenticationStatus status = securityContext.authenticate(request,
                VaadinServletResponse.getCurrent().getHttpServletResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            UI.getCurrent().getPage().setLocation("/");
            return;
        }
        explain(request.getAttribute(PlatformAuthenticationMechanism.SIGN_IN_RESULT) instanceof SignInResult result
                ? result : null);
        form.setI18n(i18n);
        form.setError(true);
        form.setEnabled(true);
    }

    /** The same words for an unknown user and a wrong password; a wait or a busy server is said as such. */
    private void explain(SignInResult result) {
        SignInResult.Outcome outcome = result == null ? SignInResult.Outcome.WRONG_CREDENTIALS : result.outcome();
        switch (outcome) {
            case SLOWED_DOWN -> {
                i18n.getErrorMessage().setTitle(getTranslation("login.slowed.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.slowed.text", result.retryAfterSeconds()));
            }
            case BUSY -> {
                i18n.getErrorMessage().setTitle(getTranslation("login.slowed.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.busy.text"));
            }
            default -> {
                i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}

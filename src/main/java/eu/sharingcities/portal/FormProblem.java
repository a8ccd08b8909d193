package eu.sharingcities.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.text.Refusal;

/**
 * The line under a form that says what was wrong with the last attempt: an action that the service
 * refuses (IllegalArgumentException, whose message names the field and the fix) shows its reason
 * there and leaves the form as it was, as does one the caller may not do; one that succeeds clears it and lets the page refresh.
 */
public final class FormProblem {

    private FormProblem() {
    }

    public static void attempt(Paragraph problem, Runnable action, Runnable refresh) {
        try {
            action.run();
            problem.setText("");
            refresh.run();
        } catch (IllegalArgumentException | NotPermittedException e) {
            problem.setText(Refusal.in(e, UI.getCurrent().getLocale()));
        }
    }
}

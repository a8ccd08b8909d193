package eu.sharingcities.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import eu.sharingcities.text.PlatformLanguages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's six languages. A city opens in its own language; a language picked with the
 * switcher holds for the rest of the session, in every city.
 */
public final class Languages {

    static final List<Locale> SUPPORTED = PlatformLanguages.CODES.stream().map(Locale::of).toList();
    private static final String CHOSEN = "eu.sharingcities.portal.language";

    private Languages() {
    }

    static Optional<String> chosen() {
        return Optional.ofNullable((String) VaadinSession.getCurrent().getAttribute(CHOSEN));
    }

    /** Sets the UI's locale: the chosen language, else {@code fallbackLanguage}, formatted for {@code country}. */
    static void apply(UI ui, String fallbackLanguage, String country) {
        Locale locale = Locale.of(chosen().orElse(fallbackLanguage), country);
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

    public static void applySessionLanguage(UI ui) {
        apply(ui, chosen().orElse("en"), "");
    }

    public static Select<Locale> switcher() {
        Select<Locale> select = new Select<>();
        select.setItems(SUPPORTED);
        select.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        select.setAriaLabel("Language");
        select.addClassName("language-switcher");
        Locale current = UI.getCurrent().getLocale();
        select.setValue(SUPPORTED.stream().filter(l -> l.getLanguage().equals(current.getLanguage())).findFirst().orElse(Locale.ENGLISH));
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(CHOSEN, event.getValue().getLanguage());
                UI.getCurrent().getPage().reload();
            }
        });
        return select;
    }
}

package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.sharingcities.partners.search.PartnerSearch;
import eu.sharingcities.text.Refusal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import java.util.List;

/** Searching the portal for everyone: organisations, results and know-how, each found in its own language, best first. */
@Route(value = "partners/search", layout = PartnersLayout.class)
@AnonymousAllowed
@CdiComponent
class SearchView extends Main implements HasDynamicTitle {

    @Inject
    PartnerSearch search;

    private final TextField words = new TextField();
    private final Div hits = new Div();

    @PostConstruct
    void build() {
        words.setPlaceholder(getTranslation("search.placeholder"));
        words.setId("search-words");
        words.addKeyPressListener(Key.ENTER, e -> find());
        Button go = new Button(getTranslation("search.go"), click -> find());
        go.setId("search-go");
        hits.setId("search-hits");
        Div bar = new Div(words, go);
        bar.addClassName("lamp-legend");
        add(new H1(getTranslation("search.title")), bar, hits);
    }

    private void find() {
        hits.removeAll();
        List<PartnerSearch.Hit> found;
        try {
            found = search.search(words.getValue(), null, null, null);
        } catch (Refusal refused) {
            hits.add(new Paragraph(Refusal.in(refused, getLocale())));
            return;
        }
        found.forEach(h -> hits.add(new Paragraph(new Anchor(link(h), h.title()), new com.vaadin.flow.component.html.Span(" · "
                + getTranslation("search.kind." + h.kind()) + " (" + h.language() + ")"))));
        if (found.isEmpty()) {
            hits.add(new Paragraph(getTranslation("search.none")));
        }
    }

    private static String link(PartnerSearch.Hit h) {
        return switch (h.kind()) {
            case "organisation" -> "/partners/organisations/" + h.ref();
            case "article" -> "/partners/knowhow/" + h.ref();
            case "event" -> "/partners/events/" + h.ref();
            default -> "/partners/results";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}

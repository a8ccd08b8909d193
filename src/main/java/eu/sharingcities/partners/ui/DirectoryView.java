package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.sharingcities.city.Cities;
import eu.sharingcities.partners.Competence;
import eu.sharingcities.partners.Competences;
import eu.sharingcities.partners.PartnerOrganisation;
import eu.sharingcities.partners.PartnerOrganisations;
import eu.sharingcities.partners.PartnerType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The published partner organisations, for everyone: filtered by competence, type and city, each with its competences and cities. */
@Route(value = "partners", layout = PartnersLayout.class)
@AnonymousAllowed
@CdiComponent
class DirectoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    PartnerOrganisations organisations;

    @Inject
    Competences competences;

    @Inject
    Cities cities;

    private final Div cards = new Div();
    private List<PartnerOrganisation> all = List.of();
    private Map<String, String> competenceNames = Map.of();
    private final ComboBox<String> competence = new ComboBox<>();
    private final ComboBox<PartnerType> type = new ComboBox<>();
    private final ComboBox<String> city = new ComboBox<>();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        all = organisations.published();
        List<Competence> taxonomy = competences.all();
        competenceNames = Competences.names(taxonomy, getLocale());
        competence.setLabel(getTranslation("partners.filter.competence"));
        competence.setItems(taxonomy.stream().filter(c -> !c.retired()).map(Competence::code).toList());
        competence.setItemLabelGenerator(competenceNames::get);
        competence.setId("filter-competence");
        type.setLabel(getTranslation("partners.filter.type"));
        type.setItems(PartnerType.values());
        type.setItemLabelGenerator(t -> getTranslation("partners.type." + t.name()));
        type.setId("filter-type");
        city.setLabel(getTranslation("partners.filter.city"));
        city.setItems(all.stream().flatMap(o -> o.published().cities().stream()).distinct().sorted().toList());
        city.setItemLabelGenerator(code -> CityNames.of(cities, List.of(code)));
        city.setId("filter-city");
        competence.addValueChangeListener(e -> show());
        type.addValueChangeListener(e -> show());
        city.addValueChangeListener(e -> show());
        Div filters = new Div(competence, type, city);
        filters.addClassName("lamp-legend");
        cards.setId("partner-cards");
        add(new H1(getTranslation("partners.directory")), new Paragraph(getTranslation("partners.directory.help")), filters, cards);
        show();
    }

    private void show() {
        cards.removeAll();
        all.stream().filter(o -> competence.getValue() == null || o.published().competences().contains(competence.getValue()))
                .filter(o -> type.getValue() == null || o.published().type() == type.getValue())
                .filter(o -> city.getValue() == null || o.published().cities().contains(city.getValue()))
                .forEach(o -> cards.add(card(o)));
        if (cards.getComponentCount() == 0) {
            cards.add(new Paragraph(getTranslation("partners.directory.none")));
        }
    }

    private Div card(PartnerOrganisation o) {
        Anchor name = new Anchor("/partners/organisations/" + o.code(), o.published().name());
        Paragraph what = new Paragraph(getTranslation("partners.type." + o.published().type().name()) + " · "
                + CityNames.of(cities, o.published().cities()));
        Paragraph description = new Paragraph(OrganisationTexts.description(o.published(), getLocale()));
        Paragraph skills = new Paragraph(o.published().competences().stream().map(c -> competenceNames.getOrDefault(c, c))
                .collect(Collectors.joining(" · ")));
        skills.addClassName("help");
        Div card = new Div(new H3(name), what, description, skills);
        card.addClassName("partner-card");
        card.getElement().setAttribute("data-code", o.code());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.directory");
    }
}

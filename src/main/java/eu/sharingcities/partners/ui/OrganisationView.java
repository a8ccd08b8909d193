package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.sharingcities.city.Cities;
import eu.sharingcities.partners.Competence;
import eu.sharingcities.partners.Competences;
import eu.sharingcities.partners.OrganisationProfile;
import eu.sharingcities.partners.PartnerOrganisation;
import eu.sharingcities.partners.PartnerOrganisations;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.inject.Inject;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A partner organisation: its published profile for everyone (its people to those signed in); to
 * its own people the draft to edit and submit; to consortium staff the draft to publish or send back.
 */
@Route(value = "partners/organisations/:code", layout = PartnersLayout.class)
@AnonymousAllowed
@CdiComponent
class OrganisationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    PartnerOrganisations organisations;

    @Inject
    Competences competences;

    @Inject
    Cities cities;

    @Inject
    CurrentUser currentUser;

    private String code;
    private String title = "";
    private final Paragraph outcome = new Paragraph();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        show();
    }

    private void show() {
        removeAll();
        PartnerOrganisation o;
        try {
            o = organisations.view(code);
        } catch (NotFound e) {
            add(new H1(getTranslation("partners.unknown", code)));
            return;
        }
        List<Competence> taxonomy = competences.all();
        OrganisationProfile shown = o.published() != null ? o.published() : o.draft();
        title = shown.name();
        add(new H1(title));
        outcome.setId("profile-outcome");
        add(outcome);
        if (o.published() != null) {
            add(published(o, taxonomy));
        } else {
            add(new Paragraph(getTranslation("partners.notPublished")));
        }
        if (o.draft() != null) {
            add(draft(o, taxonomy));
        }
    }

    private Div published(PartnerOrganisation o, List<Competence> taxonomy) {
        OrganisationProfile p = o.published();
        Div section = new Div();
        section.setId("profile-published");
        section.add(new Paragraph(getTranslation("partners.type." + p.type().name()) + " · " + String.join(", ", p.countries()) + " · "
                + CityNames.of(cities, p.cities())));
        section.add(new Paragraph(OrganisationTexts.description(p, getLocale())));
        section.add(new Paragraph(p.competences().stream().map(c -> taxonomy.stream().filter(t -> t.code().equals(c)).findFirst()
                .map(t -> t.name(getLocale())).orElse(c)).collect(Collectors.joining(" · "))));
        if (!p.website().isEmpty()) {
            section.add(new com.vaadin.flow.component.html.Anchor(p.website(), p.website()));
        }
        p.people().forEach(person -> section.add(new Paragraph(person.name() + (person.title().isEmpty() ? "" : ", " + person.title())
                + (person.email().isEmpty() ? "" : " · " + person.email()) + (person.phone().isEmpty() ? "" : " · " + person.phone()))));
        section.add(new Paragraph(getTranslation("partners.publishedAt", o.publishedAt() == null ? "–" : o.publishedAt().toString().substring(0, 10))));
        return section;
    }

    private Div draft(PartnerOrganisation o, List<Competence> taxonomy) {
        Div section = new Div();
        section.setId("profile-draft");
        section.add(new Paragraph(getTranslation("partners.state." + o.draftState())));
        if (o.reviewNote() != null) {
            Paragraph note = new Paragraph(getTranslation("partners.reviewNote", o.reviewNote()));
            note.setId("profile-review-note");
            section.add(note);
        }
        ProfileForm form = new ProfileForm(o.draft(), cities.all(), taxonomy, getLocale());
        Button save = new Button(getTranslation("partners.save"), click -> act(() -> organisations.saveDraft(code, form.profile()), "partners.saved"));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button submit = new Button(getTranslation("partners.submit"), click -> act(() -> {
            organisations.saveDraft(code, form.profile());
            return organisations.submit(code);
        }, "partners.submitted"));
        submit.setId("profile-submit");
        section.add(form, new Div(save, submit));
        if (currentUser.get().map(u -> u.isConsortiumAdmin()).orElse(false)) {
            TextArea note = new TextArea(getTranslation("partners.sendBack.note"));
            note.setId("review-note");
            Button publish = new Button(getTranslation("partners.publish"), click -> act(() -> organisations.publish(code), "partners.published"));
            publish.setId("review-publish");
            Button back = new Button(getTranslation("partners.sendBack"), click -> act(() -> organisations.sendBack(code, note.getValue()),
                    "partners.sentBack"));
            back.setId("review-send-back");
            section.add(new H2(getTranslation("partners.nav.review")), note, new Div(publish, back));
        }
        return section;
    }

    /** Does a step and shows the page anew with what came of it; a refusal is said in the reader's language and nothing changes. */
    private void act(Supplier<PartnerOrganisation> step, String done) {
        try {
            step.get();
            show();
            outcome.setText(getTranslation(done));
        } catch (Refusal | NotPermittedException e) {
            outcome.setText(Refusal.in(e, getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

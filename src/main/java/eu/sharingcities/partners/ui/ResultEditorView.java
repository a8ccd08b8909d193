package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.Cities;
import eu.sharingcities.partners.PartnerAccess;
import eu.sharingcities.partners.results.PartnerResult;
import eu.sharingcities.partners.results.PartnerResults;
import eu.sharingcities.partners.results.ResultProfile;
import eu.sharingcities.portal.FormProblem;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.text.NotFound;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * Writing a result: a new one of the writer's organisation ({@code /partners/results/new/edit}), its
 * draft saved and submitted by its people, published or sent back with a note by consortium staff.
 * What others see stays as published until then.
 */
@Route(value = "partners/results/:id/edit", layout = PartnersLayout.class)
@CdiComponent
class ResultEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    PartnerResults results;

    @Inject
    PartnerAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Cities cities;

    private final Paragraph problem = new Paragraph();
    private long id;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        problem.setId("result-problem");
        String param = event.getRouteParameters().get("id").orElse("new");
        removeAll();
        if (param.equals("new")) {
            startNew();
            return;
        }
        try {
            id = Long.parseLong(param);
            show();
        } catch (NumberFormatException | NotFound e) {
            add(new H1(getTranslation("results.unknown")));
        }
    }

    private void startNew() {
        String organisation = access.ownOrganisation().orElse(null);
        if (organisation == null) {
            add(new H1(getTranslation("results.write")), new Paragraph(getTranslation("knowhow.write.noOrganisation")));
            return;
        }
        ResultForm form = form(new ResultProfile("", Map.of(), null, "", null, null, null, List.of(), null));
        Button create = button("results.form.create", "result-create", () -> {
            PartnerResult created = results.create(organisation, form.profile());
            UI.getCurrent().navigate("partners/results/" + created.id() + "/edit");
        });
        add(new H1(getTranslation("results.write")), form, create, problem);
    }

    private void show() {
        removeAll();
        PartnerResult r = results.view(id);
        if (r.draft() == null) {
            add(new H1(getTranslation("results.write")), new Paragraph(getTranslation("results.form.notYours")));
            return;
        }
        ResultForm form = form(r.draft());
        add(new H1(r.draft().title()), new Paragraph(getTranslation("results.form.state", getTranslation("results.form.state." + r.draftState()),
                r.published() == null ? getTranslation("results.form.neverPublished") : getTranslation("results.form.publishedAs", r.published().title()))));
        if (r.reviewNote() != null) {
            add(new Paragraph(getTranslation("results.form.note", r.reviewNote())));
        }
        add(form, new Div(button("results.form.save", "result-save", () -> results.saveDraft(id, form.profile())),
                button("results.form.submit", "result-submit", () -> {
                    results.saveDraft(id, form.profile());
                    results.submit(id);
                })));
        if (currentUser.get().map(u -> u.isConsortiumAdmin()).orElse(false)) {
            TextArea note = new TextArea(getTranslation("partners.sendBack.note"));
            note.setId("result-note");
            add(new Div(button("partners.publish", "result-publish", () -> results.publish(id)), note,
                    button("partners.sendBack", "result-send-back", () -> results.sendBack(id, note.getValue()))));
        }
        add(problem);
    }

    private ResultForm form(ResultProfile profile) {
        return new ResultForm(profile, cities.all(), getLocale().getLanguage());
    }

    private Button button(String label, String elementId, Runnable action) {
        Button button = new Button(getTranslation(label), click -> FormProblem.attempt(problem, action, () -> {
            if (id > 0) {
                show();
            }
        }));
        button.setId(elementId);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.write");
    }
}

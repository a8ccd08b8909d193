package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.partners.PartnerAccess;
import eu.sharingcities.partners.PartnerOrganisation;
import eu.sharingcities.partners.PartnerOrganisations;
import eu.sharingcities.partners.results.BusinessModel;
import eu.sharingcities.partners.results.PartnerResult;
import eu.sharingcities.partners.results.PartnerResults;
import eu.sharingcities.partners.results.ResultFigure;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The public showcase of the partners' published results: each with its figures as the platform
 * measures them now — value, 90 % interval, method and date — or marked as declared by the partner,
 * and the follower cities replicating it — which a follower city's administrator declares here; a
 * result's own people find the way to its draft.
 */
@Route(value = "partners/results", layout = PartnersLayout.class)
@AnonymousAllowed
@CdiComponent
class ResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    PartnerResults results;

    @Inject
    Cities cities;

    @Inject
    PartnerOrganisations organisations;

    @Inject
    PartnerAccess access;

    @Inject
    CurrentUser currentUser;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    /** The follower city the reader administers, whose replication they declare here. */
    private Optional<CityInfo> followerCity() {
        return currentUser.get().flatMap(u -> cities.all().stream().filter(c -> !c.lighthouse() && u.may(Role.CITY_ADMIN, c.code())
                && !u.isConsortiumAdmin()).findFirst());
    }

    private void refresh() {
        removeAll();
        Div list = new Div();
        list.setId("result-cards");
        Optional<CityInfo> follower = followerCity();
        java.util.Map<String, String> names = organisations.published().stream()
                .collect(Collectors.toMap(PartnerOrganisation::code, o -> o.published().name()));
        for (PartnerResult listed : results.published()) {
            PartnerResult r = results.view(listed.id());
            String where = CityNames.of(cities, List.of(r.published().city())) + (r.published().place().isEmpty() ? "" : ", " + r.published().place());
            Div card = new Div(new H3(r.published().title()), new Paragraph(names.getOrDefault(r.organisation(), r.organisation()) + " · " + where),
                    new Paragraph(OrganisationTexts.text(r.published().summary(), getLocale())));
            r.figures().forEach(f -> card.add(figure(f)));
            if (r.published().businessModel() != null) {
                card.add(canvas(r.published().businessModel()));
            }
            if (!r.replication().isEmpty()) {
                card.add(new Paragraph(getTranslation("results.replication", r.replication().stream()
                        .map(x -> CityNames.of(cities, List.of(x.city())) + ": " + getTranslation("results.status." + x.status()))
                        .collect(Collectors.joining(", ")))));
            }
            follower.ifPresent(city -> card.add(new ReplicationForm(r, city, results, this::refresh)));
            if (access.mayEdit(r.organisation())) {
                card.add(new Anchor("/partners/results/" + r.id() + "/edit", getTranslation("results.edit")));
            }
            card.addClassName("partner-card");
            card.getElement().setAttribute("data-result", String.valueOf(r.id()));
            card.setId("result-" + r.id());
            list.add(card);
        }
        add(new H1(getTranslation("results.title")), new Paragraph(getTranslation("results.help")), list);
    }

    /** The business model as its canvas: each part with its name, those the partner filled in. */
    private Div canvas(BusinessModel m) {
        Div canvas = new Div();
        canvas.addClassName("business-model");
        String[][] parts = {{"results.canvas.value", m.valueProposition()}, {"results.canvas.customers", m.customers()},
                {"results.canvas.channels", m.channels()}, {"results.canvas.revenue", m.revenue()}, {"results.canvas.costs", m.costs()},
                {"results.canvas.partners", m.keyPartners()}};
        for (String[] part : parts) {
            if (part[1] != null && !part[1].isBlank()) {
                canvas.add(new Paragraph(getTranslation(part[0]) + ": " + part[1]));
            }
        }
        return canvas;
    }

    private Paragraph figure(ResultFigure f) {
        Span what = new Span(f.label() + ": ");
        Paragraph p = new Paragraph(what);
        p.addClassName("result-figure");
        if (f.value() == null) {
            p.add(new Span(getTranslation("results.unavailable", f.unavailable() == null ? "" : f.unavailable())));
            return p;
        }
        String number = String.format(getLocale(), f.value() == Math.rint(f.value()) ? "%,.0f" : "%,.1f", f.value()); // whole trips, euros
        String value = number + (f.unitShown().isEmpty() ? "" : " " + f.unitShown())
                + (f.uncertainty90() == null ? "" : String.format(getLocale(), " ± %.1f", f.uncertainty90()));
        p.add(new Span(value));
        Span source = new Span(f.measured() ? " — " + getTranslation("results.measured", f.method(), f.asOf()) : " — " + getTranslation("results.declared"));
        source.addClassName("help");
        p.add(source);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title");
    }
}

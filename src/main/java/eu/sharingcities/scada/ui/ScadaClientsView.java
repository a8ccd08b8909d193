package eu.sharingcities.scada.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.FormProblem;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.scada.ClientCertificate;
import eu.sharingcities.scada.ScadaClients;
import eu.sharingcities.security.Role;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;

/**
 * The SCADA client applications of the city, for its administrators: those the server refused,
 * waiting for a decision (thumbprint, subject, application URI), trusting one for the city, and
 * those trusted, with who trusted them and a way to revoke.
 */
@CityMenu(value = "nav.scada-clients", order = 135)
@Route(value = ":city/scada-clients", layout = CityLayout.class)
@RequiresCityRole(Role.CITY_ADMIN)
@CdiComponent
class ScadaClientsView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    ScadaClients clients;

    private final Paragraph problem = new Paragraph();
    private final Grid<ClientCertificate> waiting = new Grid<>();
    private final Grid<ClientCertificate> trusted = new Grid<>();
    private CityInfo city;

    @Override
    public void show(CityInfo shown, BeforeEnterEvent event) {
        city = shown;
        removeAll();
        waiting.removeAllColumns();
        trusted.removeAllColumns();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(city.zone());
        Function<Instant, String> at = instant -> instant == null ? "" : time.format(instant);

        // the action first: the thumbprint makes a row wider than the page
        waiting.addComponentColumn(c -> button("scada.clients.trust", c, () -> clients.trust(city.code(), c.thumbprint()))).setAutoWidth(true);
        columns(waiting, at);
        waiting.setId("scada-clients-waiting");
        waiting.setAllRowsVisible(true);

        trusted.addComponentColumn(c -> button("scada.clients.revoke", c, () -> clients.revoke(city.code(), c.thumbprint()))).setAutoWidth(true);
        trusted.addColumn(ClientCertificate::trustedBy).setHeader(getTranslation("scada.clients.trustedBy")).setAutoWidth(true);
        trusted.addColumn(c -> at.apply(c.trustedAt())).setHeader(getTranslation("scada.clients.trustedAt")).setAutoWidth(true);
        columns(trusted, at);
        trusted.setId("scada-clients-trusted");
        trusted.setAllRowsVisible(true);

        problem.setId("scada-clients-problem");
        add(new H1(getTranslation("nav.scada-clients")), new Paragraph(getTranslation("scada.clients.intro")),
                new H2(getTranslation("scada.clients.waiting")), waiting, problem, new H2(getTranslation("scada.clients.trusted")), trusted);
        refresh();
    }

    private void columns(Grid<ClientCertificate> grid, Function<Instant, String> at) {
        grid.addColumn(ClientCertificate::subject).setHeader(getTranslation("scada.clients.subject")).setAutoWidth(true);
        grid.addColumn(ClientCertificate::applicationUri).setHeader(getTranslation("scada.clients.uri")).setAutoWidth(true);
        grid.addColumn(c -> at.apply(c.validUntil())).setHeader(getTranslation("scada.clients.validUntil")).setAutoWidth(true);
        grid.addColumn(ClientCertificate::thumbprint).setHeader(getTranslation("scada.clients.thumbprint")).setAutoWidth(true);
    }

    private Button button(String label, ClientCertificate certificate, Runnable action) {
        Button button = new Button(getTranslation(label), click -> FormProblem.attempt(problem, action, this::refresh));
        button.setId(label.substring(label.lastIndexOf('.') + 1) + "-" + certificate.thumbprint());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void refresh() {
        waiting.setItems(clients.waiting(city.code()));
        trusted.setItems(clients.trusted(city.code()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.scada-clients");
    }
}

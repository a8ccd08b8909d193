package eu.sharingcities.ingest.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.ingest.CityIngestionStatus;
import eu.sharingcities.ingest.EndpointStatus;
import eu.sharingcities.ingest.IngestionAdministration;
import eu.sharingcities.ingest.PipelineStatus;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.LiveRefresh;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import jakarta.inject.Inject;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;

/** A city's OPC UA endpoints: state, values received and their rate, errors; reconnect and reload. Refreshed every 5 s. */
@CityMenu(value = "nav.ingestion", order = 50)
@Route(value = ":city/ingestion", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class IngestionView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    IngestionAdministration ingestion;

    @Inject
    CurrentUser currentUser;

    private CityInfo city;
    private final Div problems = new Div();
    private final Grid<EndpointStatus> endpoints = new Grid<>();
    private final Div pipeline = new Div();
    private final Map<String, long[]> previous = new HashMap<>(); // endpoint -> {values, millis}
    private final Map<String, Double> rates = new HashMap<>();

    IngestionView() {
        LiveRefresh.every(this, java.time.Duration.ofSeconds(5), this::refresh);
    }

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale()).withZone(city.zone());
        endpoints.removeAllColumns();
        endpoints.addColumn(EndpointStatus::endpointId).setHeader(getTranslation("ingest.endpoint")).setAutoWidth(true);
        endpoints.addColumn(EndpointStatus::url).setHeader("URL").setAutoWidth(true);
        endpoints.addComponentColumn(e -> badge(e)).setHeader(getTranslation("ingest.state")).setAutoWidth(true);
        endpoints.addComponentColumn(this::security).setHeader(getTranslation("ingest.security")).setAutoWidth(true);
        endpoints.addColumn(e -> time.format(e.since())).setHeader(getTranslation("ingest.since")).setAutoWidth(true);
        endpoints.addColumn(e -> numbers.format(e.points()) + (e.unresolvedPoints() > 0 ? " (" + e.unresolvedPoints() + " ✗)" : ""))
                .setHeader(getTranslation("ingest.points")).setAutoWidth(true);
        endpoints.addColumn(e -> numbers.format(e.valuesReceived())).setHeader(getTranslation("ingest.received")).setAutoWidth(true);
        endpoints.addColumn(e -> String.format(getLocale(), "%.1f", rates.getOrDefault(e.endpointId(), 0.0))).setHeader(getTranslation("ingest.rate")).setAutoWidth(true);
        endpoints.addColumn(EndpointStatus::lastMessage).setHeader(getTranslation("ingest.message"));
        if (currentUser.require().may(Role.OPERATOR, city.code())) {
            endpoints.addComponentColumn(e -> new Button(getTranslation("ingest.reconnect"), click -> {
                ingestion.reconnect(city.code(), e.endpointId());
                Notification.show(getTranslation("ingest.reconnecting", e.endpointId()));
            })).setAutoWidth(true);
        }
        endpoints.setAllRowsVisible(true);
        endpoints.setAriaLabel(getTranslation("nav.ingestion"));
        add(new H1(getTranslation("nav.ingestion")), problems, endpoints, new H2(getTranslation("ingest.pipeline")), pipeline);
        if (currentUser.require().may(Role.CITY_ADMIN, city.code())) {
            add(new Button(getTranslation("ingest.reload"), click -> {
                CityIngestionStatus status = ingestion.reload(city.code());
                Notification.show(getTranslation(status.problems().isEmpty() ? "ingest.reloaded"
                        : status.keptRunning() ? "ingest.reload.kept" : "ingest.reload.problems"));
                refresh();
            }));
        }
        refresh();
    }

    private Span badge(EndpointStatus e) {
        Span badge = new Span(e.state().name().toLowerCase());
        badge.addClassNames("state", "state-" + e.state().name().toLowerCase());
        return badge;
    }

    /** Policy None accepted for a controller that can do no better: said in red, every time the page is seen. */
    private Span security(EndpointStatus e) {
        Span security = new Span(e.insecure() ? getTranslation("ingest.insecure", e.security()) : e.security());
        security.addClassName(e.insecure() ? "security-insecure" : "security-ok");
        return security;
    }

    private void refresh() {
        if (city == null) {
            return;
        }
        CityIngestionStatus status = ingestion.status(city.code()).orElse(null);
        problems.removeAll();
        problems.setClassName("config-problems");
        if (status == null) {
            problems.add(new Paragraph(getTranslation("ingest.none", city.code())));
            endpoints.setItems();
        } else {
            if (status.keptRunning()) {
                problems.add(new Paragraph(getTranslation("ingest.reload.kept")));
            }
            status.problems().forEach(p -> problems.add(new Paragraph(p.in(getLocale()))));
            long now = System.currentTimeMillis();
            for (EndpointStatus e : status.endpoints()) {
                long[] last = previous.put(e.endpointId(), new long[]{e.valuesReceived(), now});
                if (last != null && now > last[1]) {
                    rates.put(e.endpointId(), (e.valuesReceived() - last[0]) * 1000.0 / (now - last[1]));
                }
            }
            endpoints.setItems(status.endpoints());
        }
        PipelineStatus p = ingestion.pipeline(city.code());
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        pipeline.removeAll();
        pipeline.setClassName("pipeline-status");
        pipeline.add(new Paragraph(getTranslation("ingest.database") + ": " + getTranslation(p.databaseUp() ? "ingest.up" : "ingest.down")
                + (p.lastError().isBlank() ? "" : " — " + p.lastError())),
                new Paragraph(getTranslation("ingest.totals", numbers.format(p.metrics().received()), numbers.format(p.metrics().committed()),
                        numbers.format(p.metrics().duplicates()))),
                new Paragraph(getTranslation("ingest.queue", numbers.format(p.queueDepth()), numbers.format(p.spoolBytes() / 1024),
                        numbers.format(p.metrics().lastBatchSize()), numbers.format(p.metrics().lastLagMillis()))),
                new Paragraph(getTranslation("ingest.rejects") + ": " + (p.metrics().rejects().isEmpty() ? "0" : p.metrics().rejects().toString())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ingestion");
    }
}

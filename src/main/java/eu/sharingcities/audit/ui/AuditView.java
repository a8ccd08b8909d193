package eu.sharingcities.audit.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.audit.AuditRecord;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.Role;
import jakarta.inject.Inject;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The city's audit log for its admins: newest first, times in the city's zone. */
@CityMenu(value = "nav.audit", order = 130)
@Route(value = ":city/audit", layout = CityLayout.class)
@RequiresCityRole(Role.CITY_ADMIN)
@CdiComponent
class AuditView extends Main implements CityPage, HasDynamicTitle {

    private static final int SHOWN = 500;

    @Inject
    AuditLog audit;

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(city.zone());
        Grid<AuditRecord> grid = new Grid<>();
        grid.addColumn(entry -> time.format(entry.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(AuditRecord::action).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(AuditRecord::target).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(AuditRecord::before).setHeader(getTranslation("audit.before"));
        grid.addColumn(AuditRecord::after).setHeader(getTranslation("audit.after"));
        grid.setItems(audit.latest(city.code(), SHOWN));
        grid.setAriaLabel(getTranslation("nav.audit"));
        add(new H1(getTranslation("nav.audit")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}

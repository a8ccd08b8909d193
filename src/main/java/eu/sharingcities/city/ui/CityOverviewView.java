package eu.sharingcities.city.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.city.DistrictInfo;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.Counter;
import eu.sharingcities.portal.LiveRefresh;
import eu.sharingcities.portal.chart.Chart;
import eu.sharingcities.portal.chart.ChartKind;
import eu.sharingcities.portal.chart.Series;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.UserAdministration;
import jakarta.inject.Inject;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A city's landing page: its districts, live counters of what the platform holds, and its activity chart. */
@CityMenu(value = "nav.overview", order = 10)
@Route(value = ":city", layout = CityLayout.class)
@CdiComponent
class CityOverviewView extends Main implements CityPage, HasDynamicTitle {

    private static final int ACTIVITY_DAYS = 14;

    @Inject
    Cities cities;

    @Inject
    AuditLog audit;

    @Inject
    UserAdministration users;

    @Inject
    CurrentUser currentUser;

    private CityInfo city;
    private final Div counters = new Div();

    CityOverviewView() {
        LiveRefresh.every(this, java.time.Duration.ofSeconds(15), this::refreshCounters); // the counters are live
    }

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        addClassName("city-overview");
        String localTime = ZonedDateTime.now(city.zone()).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale()));
        add(new H1(city.name()),
                new Paragraph(getTranslation(city.lighthouse() ? "city.lighthouse" : "city.follower") + " · "
                        + getTranslation("city.localtime", localTime, city.zone().getId())));
        counters.addClassName("counters");
        refreshCounters();
        add(counters, activityChart(), new H2(getTranslation("city.districts")), districts());
    }

    private void refreshCounters() {
        if (city == null) {
            return;
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        counters.removeAll();
        counters.add(counter("city.count.districts", numbers.format(cities.districts(city.code()).size())),
                counter("city.count.users", numbers.format(users.countWithAccess(city.code()))),
                counter("city.count.events", numbers.format(audit.countLastDay(city.code()))));
    }

    private Div counter(String key, String value) {
        return Counter.of(key, getTranslation(key), value);
    }

    private Chart activityChart() {
        Map<LocalDate, Long> perDay = audit.activityPerDay(city.code(), city.zone(), ACTIVITY_DAYS);
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("d MMM", getLocale());
        List<String> days = perDay.keySet().stream().map(dayFormat::format).toList();
        Chart chart = new Chart(getTranslation("city.activity.title", ACTIVITY_DAYS), getTranslation("city.activity.unit"),
                getTranslation("chart.empty"));
        chart.setId("activity-chart");
        boolean anyActivity = perDay.values().stream().anyMatch(count -> count > 0);
        chart.showByCategory(days, anyActivity
                ? List.of(Series.ofValues(getTranslation("city.activity.series"), ChartKind.BAR, new ArrayList<>(perDay.values())))
                : List.of());
        return chart;
    }

    private Div districts() {
        Div list = new Div();
        list.addClassName("districts");
        boolean mayEdit = currentUser.get().map(u -> u.may(Role.OPERATOR, city.code())).orElse(false);
        for (DistrictInfo district : cities.districts(city.code())) {
            Paragraph description = new Paragraph(district.description());
            Div card = new Div(new H3(district.name()), description);
            card.addClassName("district-card");
            if (mayEdit) {
                card.add(new Button(getTranslation("district.edit"),
                        click -> new DistrictDescriptionDialog(cities, district, description::setText).open()));
            }
            list.add(card);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return city == null ? getTranslation("app.name") : city.name() + " · " + getTranslation("app.name");
    }
}

package eu.sharingcities.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import eu.sharingcities.city.CityInfo;

/**
 * A page of one city ({@code /{city}/...}, in {@link CityLayout}). The layout, entered first, checks
 * that the user may open it there (the role in {@link RequiresCityRole}) and hands the page its
 * city; a page never looks the city up or checks the role again.
 */
public interface CityPage extends BeforeEnterObserver {

    /** Builds the page for {@code city}; {@code event} carries the route's other parameters. */
    void show(CityInfo city, BeforeEnterEvent event);

    @Override
    default void beforeEnter(BeforeEnterEvent event) {
        CityLayout.entered(UI.getCurrent()).ifPresent(city -> show(city, event));
    }
}

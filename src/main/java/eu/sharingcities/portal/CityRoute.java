package eu.sharingcities.portal;

import com.vaadin.flow.router.BeforeEnterEvent;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;

import java.util.Optional;

/** The city of a {@code /{city}/...} route, when the signed-in user holds the role there. */
public final class CityRoute {

    private CityRoute() {
    }

    /** Empty when the city is unknown or not the user's: {@link CityLayout} has then sent them elsewhere. */
    public static Optional<CityInfo> of(BeforeEnterEvent event, Cities cities, CurrentUser currentUser, Role role) {
        return event.getRouteParameters().get("city").flatMap(cities::find)
                .filter(city -> currentUser.get().map(user -> user.may(role, city.code())).orElse(false));
    }

    /** As {@link #of}, for views a city's project partners may open too. */
    public static Optional<CityInfo> ofPartnerView(BeforeEnterEvent event, Cities cities, CurrentUser currentUser) {
        return event.getRouteParameters().get("city").flatMap(cities::find)
                .filter(city -> currentUser.get().map(user -> user.canSee(city.code()) || user.isPartnerIn(city.code())).orElse(false));
    }
}

package eu.sharingcities.portal;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.Cities;
import eu.sharingcities.condominium.Condominiums;
import eu.sharingcities.security.CityGrant;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.SignedInUser;
import jakarta.inject.Inject;

import java.util.Optional;

/** "/" opens the first city the user may see; a partner, its first city's page for its kind of work. */
@Route("")
@CdiComponent
class RootView extends Div implements BeforeEnterObserver {

    @Inject
    Cities cities;

    @Inject
    CurrentUser currentUser;

    @Inject
    Condominiums condominiums;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> partnerCity = currentUser.get().filter(SignedInUser::isPartnerOnly)
                .flatMap(user -> user.grants().stream().map(CityGrant::cityCode).filter(c -> c != null).sorted().findFirst());
        if (partnerCity.isPresent()) { // partners have no city overview: an ESCo works on its condominiums, a contractor on its work orders
            boolean escoWork = !condominiums.board(partnerCity.get()).isEmpty();
            event.forwardTo(partnerCity.get() + (escoWork ? "/condominiums" : "/work-orders"));
            return;
        }
        cities.visibleToCurrentUser().stream().findFirst()
                .ifPresentOrElse(city -> event.forwardTo(city.code()), () -> event.forwardTo(NoAccessView.class));
    }
}

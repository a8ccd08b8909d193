package eu.sharingcities.portal;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.Cities;
import eu.sharingcities.security.CityGrant;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.SignedInUser;
import jakarta.inject.Inject;

import java.util.Optional;

/** "/" opens the first city the user may see. */
@Route("")
@CdiComponent
class RootView extends Div implements BeforeEnterObserver {

    @Inject
    Cities cities;

    @Inject
    CurrentUser currentUser;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> partnerCity = currentUser.get().filter(SignedInUser::isPartnerOnly)
                .flatMap(user -> user.grants().stream().map(CityGrant::cityCode).filter(c -> c != null).sorted().findFirst());
        if (partnerCity.isPresent()) { // partners work on condominiums; they have no city overview
            event.forwardTo(partnerCity.get() + "/condominiums");
            return;
        }
        cities.visibleToCurrentUser().stream().findFirst()
                .ifPresentOrElse(city -> event.forwardTo(city.code()), () -> event.forwardTo(NoAccessView.class));
    }
}

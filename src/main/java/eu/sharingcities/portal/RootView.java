package eu.sharingcities.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.cdi.annotation.CdiComponent;
import eu.sharingcities.city.Cities;
import jakarta.inject.Inject;

/** "/" opens the first city the user may see. */
@Route("")
@CdiComponent
class RootView extends Div implements BeforeEnterObserver {

    @Inject
    Cities cities;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cities.visibleToCurrentUser().stream().findFirst()
                .ifPresentOrElse(city -> event.forwardTo(city.code()), () -> event.forwardTo(NoAccessView.class));
    }
}

package eu.sharingcities.portal;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.city.Cities;
import jakarta.inject.Inject;

/** Where a user lands who opened a city or a page they have no role for. */
@Route("no-access")
@CdiComponent
public class NoAccessView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    Cities cities;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Languages.applySessionLanguage(com.vaadin.flow.component.UI.getCurrent());
        removeAll();
        addClassName("no-access");
        add(new H1(getTranslation("noaccess.title")), new Paragraph(getTranslation("noaccess.text")));
        cities.visibleToCurrentUser().forEach(city -> add(new Paragraph(new Anchor("/" + city.code(), city.name()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("noaccess.title");
    }
}

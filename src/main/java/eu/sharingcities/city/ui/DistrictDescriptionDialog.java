package eu.sharingcities.city.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import eu.sharingcities.city.Cities;
import eu.sharingcities.city.District;
import eu.sharingcities.city.DistrictInfo;
import eu.sharingcities.text.Refusal;

import java.util.function.Consumer;

/** Lets an operator rewrite a district's description; a refused text keeps the dialog open with the reason. */
class DistrictDescriptionDialog extends Dialog {

    DistrictDescriptionDialog(Cities cities, DistrictInfo district, Consumer<String> onSaved) {
        setHeaderTitle(district.name());
        TextArea text = new TextArea(getTranslation("district.description"));
        text.setValue(district.description());
        text.setMaxLength(District.MAX_DESCRIPTION);
        text.setWidth("min(40rem, 90vw)");
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                onSaved.accept(cities.describeDistrict(district.id(), text.getValue()).description());
                close();
            } catch (IllegalArgumentException e) {
                text.setInvalid(true);
                text.setErrorMessage(Refusal.in(e, getLocale()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}

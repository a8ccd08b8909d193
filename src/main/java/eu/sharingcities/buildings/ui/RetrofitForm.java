package eu.sharingcities.buildings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import eu.sharingcities.buildings.BuildingRegistry;
import eu.sharingcities.buildings.RetrofitMeasure;
import eu.sharingcities.text.Refusal;

import java.time.LocalDate;

/**
 * Operators record a building's retrofit: measures from the catalogue, money, and the IPMVP
 * periods. A refusal is said beside the form, which keeps what was typed.
 */
public class RetrofitForm extends Div {

    public RetrofitForm(BuildingRegistry registry, String city, String building, Runnable saved) {
        TextField name = new TextField(getTranslation("retrofit.name"));
        Select<String> depth = new Select<>();
        depth.setLabel(getTranslation("buildings.retrofit"));
        depth.setItems("DEEP", "LIGHT");
        depth.setItemLabelGenerator(d -> getTranslation("depth." + d.toLowerCase()));
        depth.setValue("DEEP");
        BigDecimalField cost = new BigDecimalField(getTranslation("retrofit.cost"));
        TextField funding = new TextField(getTranslation("retrofit.funding"));
        DatePicker start = new DatePicker(getTranslation("retrofit.start")), end = new DatePicker(getTranslation("retrofit.end"));
        DatePicker reporting = new DatePicker(getTranslation("retrofit.reporting"));
        CheckboxGroup<RetrofitMeasure> measures = new CheckboxGroup<>(getTranslation("retrofit.measures"));
        measures.setItems(RetrofitMeasure.values());
        measures.setItemLabelGenerator(m -> getTranslation("measure." + m.name().toLowerCase()));
        Paragraph problem = new Paragraph();
        name.setId("retrofit-name");
        cost.setId("retrofit-cost");
        start.setId("retrofit-start");
        end.setId("retrofit-end");
        reporting.setId("retrofit-reporting");
        measures.setId("retrofit-measures");
        Button save = new Button(getTranslation("retrofit.save"), click -> {
            try {
                registry.addRetrofit(city, building, new BuildingRegistry.NewRetrofit(name.getValue(), depth.getValue(), cost.getValue(),
                        funding.getValue(), text(start.getValue()), text(end.getValue()), text(reporting.getValue()), null,
                        measures.getValue().stream().map(Enum::name).toList()));
                Notification.show(getTranslation("retrofit.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.run();
            } catch (IllegalArgumentException e) {
                problem.setText(Refusal.in(e, getLocale()));
            }
        });
        save.setId("retrofit-save");
        problem.setId("retrofit-problem");
        problem.addClassName("form-problem");
        HorizontalLayout fields = new HorizontalLayout(name, depth, cost, funding, start, end, reporting);
        fields.setWrap(true);
        add(new H2(getTranslation("retrofit.new")), fields, measures, problem, save);
        setId("retrofit-form");
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}

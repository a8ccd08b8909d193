package eu.sharingcities.partners.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.partners.results.BusinessModel;
import eu.sharingcities.partners.results.ResultProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A result as its organisation's people write it: title, city and place, when, cost, a summary in
 * English and in the writer's own language, its figures, and the business model's canvas.
 */
class ResultForm extends Div {

    private final TextField title = new TextField();
    private final Select<CityInfo> city = new Select<>();
    private final TextField place = new TextField();
    private final DatePicker started = new DatePicker();
    private final DatePicker finished = new DatePicker();
    private final NumberField cost = new NumberField();
    private final TextArea english = new TextArea();
    private final TextArea local = new TextArea();
    private final String localLanguage;
    private final FigureEditor figures;
    private final TextArea[] canvas = new TextArea[6];
    private static final String[] CANVAS = {"results.canvas.value", "results.canvas.customers", "results.canvas.channels", "results.canvas.revenue",
        "results.canvas.costs", "results.canvas.partners"};

    ResultForm(ResultProfile r, List<CityInfo> cities, String language) {
        setId("result-form");
        localLanguage = language.equals("en") ? null : language;
        field(title, "results.form.title", "result-title", r.title());
        title.setWidthFull();
        city.setLabel(getTranslation("results.form.city"));
        city.setId("result-city");
        city.setItems(cities);
        city.setItemLabelGenerator(CityInfo::name);
        cities.stream().filter(c -> c.code().equals(r.city())).findFirst().ifPresent(city::setValue);
        field(place, "results.form.place", "result-place", r.place());
        started.setLabel(getTranslation("results.form.started"));
        started.setValue(r.started());
        finished.setLabel(getTranslation("results.form.finished"));
        finished.setValue(r.finished());
        cost.setLabel(getTranslation("results.form.cost"));
        cost.setValue(r.costEur());
        cost.setId("result-cost");
        field(english, "results.form.summary", "result-summary-en", r.summary().getOrDefault("en", ""));
        english.setLabel(getTranslation("results.form.summary") + " (en)");
        english.setWidthFull();
        add(title, new Div(city, place), new Div(started, finished, cost), english);
        if (localLanguage != null) {
            field(local, "results.form.summary", "result-summary-local", r.summary().getOrDefault(localLanguage, ""));
            local.setLabel(getTranslation("results.form.summary") + " (" + localLanguage + ")");
            local.setWidthFull();
            add(local);
        }
        figures = new FigureEditor(r.figures());
        BusinessModel m = r.businessModel();
        String[] parts = m == null ? new String[6] : new String[]{m.valueProposition(), m.customers(), m.channels(), m.revenue(), m.costs(), m.keyPartners()};
        Details model = new Details(getTranslation("results.form.canvas"));
        for (int i = 0; i < CANVAS.length; i++) {
            canvas[i] = new TextArea(getTranslation(CANVAS[i]));
            canvas[i].setValue(parts[i] == null ? "" : parts[i]);
            canvas[i].setWidthFull();
            model.add(canvas[i]);
        }
        model.setOpened(m != null);
        add(figures, model);
    }

    private <F extends Component & HasLabel & HasValue<?, String>> void field(F f, String label, String id, String value) {
        f.setLabel(getTranslation(label));
        f.setId(id);
        f.setValue(value == null ? "" : value);
    }

    /** The result as written; the service checks it whole. */
    ResultProfile profile() {
        Map<String, String> summary = new LinkedHashMap<>();
        if (!english.getValue().isBlank()) {
            summary.put("en", english.getValue());
        }
        if (localLanguage != null && !local.getValue().isBlank()) {
            summary.put(localLanguage, local.getValue());
        }
        boolean hasModel = java.util.Arrays.stream(canvas).anyMatch(a -> !a.getValue().isBlank());
        BusinessModel model = hasModel ? new BusinessModel(canvas[0].getValue(), canvas[1].getValue(), canvas[2].getValue(), canvas[3].getValue(),
                canvas[4].getValue(), canvas[5].getValue()) : null;
        return new ResultProfile(title.getValue(), summary, city.getValue() == null ? null : city.getValue().code(), place.getValue(),
                started.getValue(), finished.getValue(), cost.getValue(), figures.figures(), model);
    }
}

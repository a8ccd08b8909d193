package eu.sharingcities.partners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import eu.sharingcities.partners.results.FigureSource;
import eu.sharingcities.partners.results.FigureSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A result's figures as rows: a label and where the figure comes from — one of the platform's
 * measurements with its subject (a building's, heat pump's or lighting group's code), or declared
 * with its value and unit. Rows are added and removed; the service checks them whole.
 */
class FigureEditor extends Div {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    private final class Row extends Div {
        final TextField label = new TextField(getTranslation("results.figure.label"));
        final Select<FigureSource> source = new Select<>();
        final TextField subject = new TextField(getTranslation("results.figure.subject"));
        final NumberField value = new NumberField(getTranslation("results.figure.value"));
        final TextField unit = new TextField(getTranslation("results.figure.unit"));

        Row(FigureSpec f) {
            int n = rows.size() + 1;
            label.setId("figure-label-" + n);
            source.setId("figure-source-" + n);
            subject.setId("figure-subject-" + n);
            source.setLabel(getTranslation("results.figure.source"));
            source.setItems(FigureSource.values());
            source.setItemLabelGenerator(s -> getTranslation("results.source." + s.name().toLowerCase()));
            source.addValueChangeListener(change -> fit(change.getValue()));
            label.setValue(f.label() == null ? "" : f.label());
            subject.setValue(f.subject() == null ? "" : f.subject());
            value.setValue(f.declaredValue());
            unit.setValue(f.declaredUnit() == null ? "" : f.declaredUnit());
            source.setValue(f.source() == null ? FigureSource.DECLARED : f.source());
            Button remove = new Button(getTranslation("results.figure.remove"), click -> {
                rows.remove(this);
                list.remove(this);
            });
            add(label, source, subject, value, unit, remove);
        }

        /** Only the fields the source uses. */
        private void fit(FigureSource s) {
            subject.setVisible(s == FigureSource.BUILDING_SAVINGS || s == FigureSource.HEAT_PUMP_SPF || s == FigureSource.LIGHTING_GROUP_SAVINGS);
            value.setVisible(s == FigureSource.DECLARED);
            unit.setVisible(s == FigureSource.DECLARED);
        }

        FigureSpec spec() {
            boolean declared = source.getValue() == FigureSource.DECLARED;
            return new FigureSpec(label.getValue(), source.getValue(), subject.isVisible() ? subject.getValue() : "", declared ? value.getValue() : null,
                    declared ? unit.getValue() : null);
        }
    }

    FigureEditor(List<FigureSpec> figures) {
        setId("result-figures");
        figures.forEach(this::addRow);
        Button add = new Button(getTranslation("results.figure.add"), click -> addRow(new FigureSpec("", FigureSource.DECLARED, "", null, "")));
        add.setId("figure-add");
        add(list, add);
    }

    private void addRow(FigureSpec f) {
        Row row = new Row(f);
        rows.add(row);
        list.add(row);
    }

    List<FigureSpec> figures() {
        return rows.stream().map(Row::spec).toList();
    }
}

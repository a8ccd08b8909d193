package eu.sharingcities.partners.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import eu.sharingcities.buildings.Carrier;
import eu.sharingcities.partners.financing.Financing;
import eu.sharingcities.partners.financing.Financing.Method;
import eu.sharingcities.partners.financing.ResultFinancing;
import eu.sharingcities.partners.results.PartnerResult;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The financing calculator's questions: which published result, the reader's consumption before
 * the measure and its carrier, the capex if not the result's, the terms, and the financing method
 * with only the fields that method uses. Shares and rates are asked in per cent.
 */
class FinancingForm extends Div {

    final ComboBox<PartnerResult> result = new ComboBox<>();
    private final NumberField baseline = number("financing.baseline", 250_000);
    private final Select<Carrier> carrier = new Select<>();
    private final NumberField capex = number("financing.capex", null);
    private final IntegerField years = new IntegerField();
    private final NumberField discount = number("financing.discount", 4.0);
    private final NumberField escalation = number("financing.escalation", 2.0);
    private final Select<Method> method = new Select<>();
    private final Map<String, NumberField> terms = Map.ofEntries(Map.entry("escoShare", number("financing.term.escoShare", 80.0)),
            Map.entry("contractYears", number("financing.term.contractYears", 7.0)), Map.entry("guaranteedShare", number("financing.term.guaranteedShare", 90.0)),
            Map.entry("annualFee", number("financing.term.annualFee", 5_000.0)), Map.entry("financedShare", number("financing.term.financedShare", 100.0)),
            Map.entry("interestRate", number("financing.term.interestRate", 4.0)), Map.entry("termYears", number("financing.term.termYears", 10.0)),
            Map.entry("grantShare", number("financing.term.grantShare", 0.0)), Map.entry("creditRate", number("financing.term.creditRate", 65.0)),
            Map.entry("creditYears", number("financing.term.creditYears", 10.0)), Map.entry("performance", number("financing.term.performance", 100.0)));
    /** The fields each method uses besides the grant and the performance, which all do. */
    private static final Map<Method, Set<String>> USES = Map.of(Method.SHARED_SAVINGS, Set.of("escoShare", "contractYears"),
            Method.GUARANTEED_SAVINGS, Set.of("guaranteedShare", "annualFee", "contractYears"), Method.ON_BILL, Set.of("financedShare", "interestRate", "termYears"),
            Method.THIRD_PARTY, Set.of("financedShare", "interestRate", "termYears"), Method.CROWDFUNDING, Set.of("financedShare", "interestRate", "termYears"),
            Method.GREEN_BOND, Set.of("financedShare", "interestRate", "termYears"), Method.TAX_CREDIT, Set.of("creditRate", "creditYears"));

    FinancingForm(List<PartnerResult> results) {
        setId("financing-form");
        result.setLabel(getTranslation("financing.result"));
        result.setId("financing-result");
        result.setItems(results);
        result.setItemLabelGenerator(r -> r.published().title());
        result.setWidth("28rem");
        result.addValueChangeListener(change -> capex.setPlaceholder(change.getValue() == null || change.getValue().published().costEur() == null ? ""
                : String.format(getLocale(), "%,.0f", change.getValue().published().costEur())));
        carrier.setLabel(getTranslation("financing.carrier"));
        carrier.setItems(Carrier.values());
        carrier.setItemLabelGenerator(c -> getTranslation("carrier." + c.name().toLowerCase()));
        carrier.setValue(Carrier.GAS);
        years.setLabel(getTranslation("financing.years"));
        years.setWidth("15rem");
        years.setValue(20);
        method.setLabel(getTranslation("financing.method"));
        method.setId("financing-method");
        method.setItems(Method.values());
        method.setItemLabelGenerator(m -> getTranslation("financing.method." + m.name().toLowerCase()));
        method.addValueChangeListener(change -> showTerms(change.getValue()));
        method.setValue(Method.SELF_FINANCED);
        baseline.setId("financing-baseline");
        years.setId("financing-years");
        discount.setId("financing-discount");
        escalation.setId("financing-escalation");
        terms.forEach((name, field) -> field.setId("financing-" + name));
        add(new Div(result, baseline, carrier, capex), new Div(years, discount, escalation, method));
        Div termFields = new Div();
        List.of("escoShare", "guaranteedShare", "annualFee", "contractYears", "financedShare", "interestRate", "termYears", "creditRate", "creditYears",
                "grantShare", "performance").forEach(name -> termFields.add(terms.get(name)));
        add(termFields);
    }

    private void showTerms(Method m) {
        terms.forEach((name, field) -> field.setVisible(name.equals("grantShare") || name.equals("performance")
                || USES.getOrDefault(m, Set.of()).contains(name)));
    }

    /** The question as asked; the API's checks say what is wrong with it. */
    ResultFinancing.Question question() {
        Method m = method.getValue();
        Financing financing = new Financing(m, percent("escoShare"), whole("contractYears"), percent("creditRate"), whole("creditYears"),
                percent("financedShare"), percent("interestRate"), whole("termYears"), percent("grantShare"), percent("guaranteedShare"),
                value(terms.get("annualFee")), percent("performance"));
        return new ResultFinancing.Question(value(baseline), carrier.getValue(), null, null, capex.getValue(), years.getValue() == null ? 0 : years.getValue(),
                value(discount) / 100, value(escalation) / 100, financing);
    }

    private double percent(String term) {
        return value(terms.get(term)) / 100;
    }

    private int whole(String term) {
        return (int) Math.round(value(terms.get(term)));
    }

    private static double value(NumberField field) {
        return field.getValue() == null ? Double.NaN : field.getValue();
    }

    private NumberField number(String label, Number initial) {
        NumberField field = new NumberField(getTranslation(label));
        field.setWidth("15rem");
        if (initial != null) {
            field.setValue(initial.doubleValue());
        }
        return field;
    }
}

package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.partners.financing.Appraisal;
import eu.sharingcities.partners.financing.ResultAppraisal;
import eu.sharingcities.partners.financing.ResultFinancing;
import eu.sharingcities.partners.results.PartnerResults;
import eu.sharingcities.partners.results.ResultFigure;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.text.Refusal;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The financing calculator on a published result's measured saving: the reader's consumption and
 * terms in, the payback, each party's NPV and IRR, the instalment and what is saved over the life
 * out — as measured and at the low end of the measurement's 90 % interval. For anyone signed in.
 */
@Route(value = "partners/financing", layout = PartnersLayout.class)
@CdiComponent
class FinancingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    PartnerResults results;

    @Inject
    ResultFinancing financing;

    private final Div answer = new Div();

    /** A line of the answer: what, as measured, at the interval's low end. */
    record Line(String what, String measured, String low) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        FinancingForm form = new FinancingForm(results.published());
        answer.setId("financing-answer");
        Button go = new Button(getTranslation("financing.go"), click -> appraise(form));
        go.setId("financing-go");
        add(new H1(getTranslation("financing.title")), new Paragraph(getTranslation("financing.help")), form, go, answer);
    }

    private void appraise(FinancingForm form) {
        answer.removeAll();
        if (form.result.getValue() == null) {
            answer.add(new Paragraph(getTranslation("financing.chooseResult")));
            return;
        }
        try {
            show(financing.appraise(form.result.getValue().id(), form.question()));
        } catch (Refusal | NotPermittedException refused) {
            answer.add(new Paragraph(Refusal.in(refused, getLocale())));
        }
    }

    private void show(ResultAppraisal a) {
        ResultFigure f = a.saving();
        answer.add(new Paragraph(getTranslation("financing.saving", f.label(), number(f.value(), 1), f.uncertainty90() == null ? "–"
                : number(f.uncertainty90(), 1), f.method(), f.asOf())), new Paragraph(getTranslation("financing.factors", number(a.eurPerKwh(), 3),
                number(a.kgCo2PerKwh(), 3), a.factorSource())));
        Appraisal low = a.atLowerBound();
        List<Line> lines = new ArrayList<>();
        line(lines, "financing.line.payback", a.expected(), low, x -> x.simplePaybackYears() == null ? "–" : number(x.simplePaybackYears(), 1));
        line(lines, "financing.line.ownerNpv", a.expected(), low, x -> euros(x.ownerNpv()));
        line(lines, "financing.line.ownerIrr", a.expected(), low, x -> percent(x.ownerIrr()));
        if (a.expected().financier() != null) {
            String who = getTranslation("financing.financier." + a.expected().financier());
            line(lines, getTranslation("financing.line.financierNpv", who), a.expected(), low, x -> euros(x.financierNpv()));
            line(lines, getTranslation("financing.line.financierIrr", who), a.expected(), low, x -> percent(x.financierIrr()));
        }
        if (a.expected().instalment() != null) {
            line(lines, "financing.line.instalment", a.expected(), low, x -> euros(x.instalment()));
        }
        line(lines, "financing.line.mwh", a.expected(), low, x -> number(x.lifetimeKwh() / 1000, 0));
        line(lines, "financing.line.co2", a.expected(), low, x -> number(x.lifetimeTonnesCo2(), 1));
        Grid<Line> grid = new Grid<>();
        grid.setId("financing-lines");
        grid.addColumn(Line::what).setHeader("").setAutoWidth(true);
        grid.addColumn(Line::measured).setHeader(getTranslation("financing.asMeasured"));
        grid.addColumn(Line::low).setHeader(getTranslation("financing.atLow"));
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        answer.add(grid);
    }

    private void line(List<Line> lines, String what, Appraisal measured, Appraisal low, Function<Appraisal, String> value) {
        lines.add(new Line(what.startsWith("financing.") ? getTranslation(what) : what, value.apply(measured), low == null ? "–" : value.apply(low)));
    }

    private String number(Double value, int decimals) {
        return value == null ? "–" : String.format(getLocale(), "%,." + decimals + "f", value);
    }

    private String euros(Double value) {
        return value == null ? "–" : number(value, 0) + " €";
    }

    private String percent(Double rate) {
        return rate == null ? "–" : number(rate * 100, 1) + " %";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("financing.title");
    }
}

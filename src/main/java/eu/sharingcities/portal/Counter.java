package eu.sharingcities.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline figure with its label, as the overview and the buildings pages show them. */
public final class Counter {

    private Counter() {
    }

    /** {@code key} names the figure for tests and styles (data-counter). */
    public static Div of(String key, String label, String value) {
        Span number = new Span(value);
        number.addClassName("counter-value");
        Span text = new Span(label);
        text.addClassName("counter-label");
        Div counter = new Div(number, text);
        counter.addClassName("counter");
        counter.getElement().setAttribute("data-counter", key);
        return counter;
    }
}

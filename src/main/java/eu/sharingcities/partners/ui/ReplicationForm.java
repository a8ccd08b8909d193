package eu.sharingcities.partners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.partners.results.PartnerResult;
import eu.sharingcities.partners.results.PartnerResults;
import eu.sharingcities.portal.FormProblem;

import java.util.List;

/** A follower city's administrator says, under a published result, how far their city replicates it, with a note. */
class ReplicationForm extends Div {

    ReplicationForm(PartnerResult r, CityInfo city, PartnerResults results, Runnable refresh) {
        addClassName("replication-form");
        Select<String> status = new Select<>();
        status.setLabel(getTranslation("results.replication.for", city.name()));
        status.setItems(List.of("interested", "planning", "replicating", "replicated"));
        status.setItemLabelGenerator(s -> getTranslation("results.status." + s));
        r.replication().stream().filter(x -> x.city().equals(city.code())).findFirst().ifPresent(x -> status.setValue(x.status()));
        status.setId("replication-status-" + r.id());
        TextField note = new TextField(getTranslation("results.replication.note"));
        r.replication().stream().filter(x -> x.city().equals(city.code())).findFirst().ifPresent(x -> note.setValue(x.note()));
        Paragraph problem = new Paragraph();
        Button save = new Button(getTranslation("results.replication.save"), click -> FormProblem.attempt(problem,
                () -> results.setReplication(r.id(), city.code(), status.getValue(), note.getValue()), refresh));
        save.setId("replication-save-" + r.id());
        add(status, note, save, problem);
    }
}

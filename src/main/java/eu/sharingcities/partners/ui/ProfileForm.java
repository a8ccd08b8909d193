package eu.sharingcities.partners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.partners.Competence;
import eu.sharingcities.partners.OrganisationProfile;
import eu.sharingcities.partners.PartnerType;
import eu.sharingcities.partners.Person;
import eu.sharingcities.text.PlatformLanguages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The draft of an organisation's profile as a form: every field, a description per language, its people a row each. */
class ProfileForm extends Div {

    private final TextField name = new TextField();
    private final ComboBox<PartnerType> type = new ComboBox<>();
    private final TextField website = new TextField();
    private final Map<String, TextArea> description = new LinkedHashMap<>();
    private final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> cities = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> competences = new MultiSelectComboBox<>();
    private final Div people = new Div();
    private final List<TextField[]> rows = new ArrayList<>();
    private int added;

    ProfileForm(OrganisationProfile draft, List<CityInfo> programmeCities, List<Competence> taxonomy, Locale locale) {
        setId("profile-form");
        name.setLabel(getTranslation("partners.field.name"));
        name.setId("profile-name");
        type.setLabel(getTranslation("partners.filter.type"));
        type.setItems(PartnerType.values());
        type.setItemLabelGenerator(t -> getTranslation("partners.type." + t.name()));
        website.setLabel(getTranslation("partners.field.website"));
        for (String language : PlatformLanguages.CODES) {
            TextArea text = new TextArea(getTranslation("partners.field.description", Locale.of(language).getDisplayLanguage(locale)));
            text.setWidthFull();
            text.setId("profile-description-" + language);
            description.put(language, text);
        }
        countries.setLabel(getTranslation("partners.field.countries"));
        countries.setItems(new TreeSet<>(Set.of(Locale.getISOCountries())));
        countries.setItemLabelGenerator(c -> c + " · " + Locale.of("", c).getDisplayCountry(locale));
        cities.setLabel(getTranslation("partners.filter.city"));
        cities.setItems(programmeCities.stream().map(CityInfo::code).toList());
        cities.setItemLabelGenerator(code -> programmeCities.stream().filter(c -> c.code().equals(code)).findFirst().map(CityInfo::name).orElse(code));
        competences.setLabel(getTranslation("partners.filter.competence"));
        competences.setItems(taxonomy.stream().filter(c -> !c.retired()).map(Competence::code).toList());
        competences.setItemLabelGenerator(code -> taxonomy.stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.name(locale)).orElse(code));
        competences.setId("profile-competences");
        Button add = new Button(getTranslation("partners.person.add"), click -> addPerson(new Person("", "", "", "")));
        add.setId("profile-person-add");
        add(new H2(getTranslation("partners.draft")), name, type, website, countries, cities, competences);
        description.values().forEach(this::add);
        add(new H2(getTranslation("partners.people")), people, add);
        fill(draft);
    }

    private void fill(OrganisationProfile p) {
        name.setValue(p.name() == null ? "" : p.name());
        type.setValue(p.type());
        website.setValue(p.website());
        description.forEach((language, text) -> text.setValue(p.description().getOrDefault(language, "")));
        countries.setValue(Set.copyOf(p.countries()));
        cities.setValue(Set.copyOf(p.cities()));
        competences.setValue(Set.copyOf(p.competences()));
        p.people().forEach(this::addPerson);
    }

    private void addPerson(Person person) {
        TextField[] row = {new TextField(getTranslation("partners.person.name")), new TextField(getTranslation("partners.person.title")),
                new TextField(getTranslation("partners.person.email")), new TextField(getTranslation("partners.person.phone"))};
        String[] values = {person.name(), person.title(), person.email(), person.phone()};
        String[] ids = {"name", "title", "email", "phone"};
        added++;
        for (int i = 0; i < row.length; i++) {
            row[i].setValue(values[i] == null ? "" : values[i]);
            row[i].setId("person-" + ids[i] + "-" + added);
        }
        Div line = new Div(row);
        line.addClassName("lamp-legend");
        Button remove = new Button(getTranslation("partners.person.remove"), click -> {
            rows.remove(row);
            people.remove(line);
        });
        line.add(remove);
        rows.add(row);
        people.add(line);
    }

    /** What the form says now, as a profile (checked by the service when saved). */
    OrganisationProfile profile() {
        Map<String, String> texts = new LinkedHashMap<>();
        description.forEach((language, text) -> {
            if (!text.getValue().isBlank()) {
                texts.put(language, text.getValue().trim());
            }
        });
        List<Person> persons = rows.stream().map(r -> new Person(r[0].getValue().trim(), r[1].getValue().trim(), r[2].getValue().trim(),
                r[3].getValue().trim())).toList();
        return new OrganisationProfile(name.getValue().trim(), type.getValue(), website.getValue(), texts, List.copyOf(new TreeSet<>(countries.getValue())),
                List.copyOf(new TreeSet<>(cities.getValue())), List.copyOf(new TreeSet<>(competences.getValue())), persons);
    }
}

package eu.sharingcities.lighting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import eu.sharingcities.lighting.LightingGroup;
import eu.sharingcities.lighting.LightingGroups;
import eu.sharingcities.lighting.inventory.LightingInventory;
import eu.sharingcities.portal.FormProblem;

import java.util.List;
import java.util.Optional;

/**
 * The city's lighting groups with their night: EN 13201-2 class, the sun angle and offsets of the
 * astronomical clock, the profile and the repair hours. A city administrator picks a group and
 * changes its night here; the service checks every value and stores nothing it refuses, and the
 * schedule sends the change at its next pass.
 */
class GroupsSection extends Div {

    private final LightingInventory inventory;
    private final String city;
    private final Grid<LightingGroup> grid = new Grid<>();

    GroupsSection(LightingInventory inventory, LightingGroups groups, String city, boolean admin) {
        this.inventory = inventory;
        this.city = city;
        setId("lighting-groups");
        grid.setId("lighting-groups-grid");
        grid.addColumn(LightingGroup::name).setHeader(getTranslation("lighting.groups.name")).setAutoWidth(true);
        grid.addColumn(g -> getTranslation("lighting.streetClass." + g.streetClass().written())).setHeader(getTranslation("lighting.groups.street"))
                .setAutoWidth(true);
        grid.addColumn(LightingGroup::lightingClass).setHeader("EN 13201").setAutoWidth(true);
        grid.addColumn(g -> g.schedule().angle().written()).setHeader(getTranslation("lighting.groups.angle")).setAutoWidth(true);
        grid.addColumn(g -> g.schedule().duskOffsetMinutes() + " / " + g.schedule().dawnOffsetMinutes())
                .setHeader(getTranslation("lighting.groups.offsets")).setAutoWidth(true);
        grid.addColumn(g -> g.schedule().profile().written()).setHeader(getTranslation("lighting.groups.profile")).setAutoWidth(true);
        grid.addColumn(g -> g.repairHours() + " h").setHeader(getTranslation("lighting.groups.repair")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("lighting.groups")), grid);
        if (admin) {
            add(form(groups));
        }
        refresh();
    }

    private Div form(LightingGroups groups) {
        TextField lightingClass = new TextField("EN 13201");
        lightingClass.setId("group-class");
        TextField angle = new TextField(getTranslation("lighting.groups.angle"));
        angle.setId("group-angle");
        angle.setHelperText(getTranslation("lighting.groups.angleHelp"));
        IntegerField dusk = new IntegerField(getTranslation("lighting.groups.dusk"));
        dusk.setId("group-dusk");
        IntegerField dawn = new IntegerField(getTranslation("lighting.groups.dawn"));
        dawn.setId("group-dawn");
        TextField profile = new TextField(getTranslation("lighting.groups.profile"));
        profile.setId("group-profile");
        profile.setHelperText("100; 23:00 50; 05:00 100");
        IntegerField repair = new IntegerField(getTranslation("lighting.groups.repair"));
        repair.setId("group-repair");
        Paragraph problem = new Paragraph();
        problem.setId("group-problem");
        Button save = new Button(getTranslation("lighting.groups.save"));
        save.setId("group-save");
        save.setEnabled(false);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(g -> {
            lightingClass.setValue(g.lightingClass());
            angle.setValue(g.schedule().angle().written());
            dusk.setValue(g.schedule().duskOffsetMinutes());
            dawn.setValue(g.schedule().dawnOffsetMinutes());
            profile.setValue(g.schedule().profile().written());
            repair.setValue(g.repairHours());
            save.setEnabled(true);
        }, () -> save.setEnabled(false)));
        save.addClickListener(click -> grid.getSelectedItems().stream().findFirst().ifPresent(g -> FormProblem.attempt(problem,
                () -> groups.change(city, g.code(), new LightingGroups.Change(lightingClass.getValue(), angle.getValue(), dusk.getValue(),
                        dawn.getValue(), profile.getValue(), repair.getValue())), this::refresh)));
        Div fields = new Div(lightingClass, angle, dusk, dawn, profile, repair, save);
        fields.addClassName("lamp-legend");
        Paragraph help = new Paragraph(getTranslation("lighting.groups.help"));
        help.addClassName("help");
        return new Div(help, fields, problem);
    }

    /** The groups as stored now; the one chosen stays chosen, for the next change. */
    private void refresh() {
        Optional<String> chosen = grid.getSelectedItems().stream().findFirst().map(LightingGroup::code);
        List<LightingGroup> all = inventory.groups(city);
        grid.setItems(all);
        chosen.flatMap(code -> all.stream().filter(g -> g.code().equals(code)).findFirst()).ifPresent(grid::select);
    }
}

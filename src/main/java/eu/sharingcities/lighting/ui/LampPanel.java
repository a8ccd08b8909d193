package eu.sharingcities.lighting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import eu.sharingcities.lighting.Equipment;
import eu.sharingcities.lighting.Lamppost;
import eu.sharingcities.lighting.LightingMap;
import eu.sharingcities.lighting.energy.EnergyMonth;
import eu.sharingcities.lighting.schedule.NightSchedule;
import eu.sharingcities.lighting.schedule.SunAngle;
import eu.sharingcities.portal.Counter;
import eu.sharingcities.portal.chart.Chart;
import eu.sharingcities.portal.chart.ChartKind;
import eu.sharingcities.portal.chart.Series;
import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.PointRole;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One lamp in full beside the map: its live values, tonight's switching, its power over a day, and what the inventory says of it. */
class LampPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    LampPanel() {
        setId("lamp-panel");
        addClassName("lamp-panel");
    }

    void clear(String hint) {
        removeAll();
        add(new Paragraph(hint));
    }

    void show(LightingMap.LampDetail d, EnergyMonth lastYear) {
        removeAll();
        Lamppost l = d.lamp();
        H2 title = new H2(l.code() + " · " + l.street());
        title.setId("lamp-title");
        Div now = new Div(
                Counter.of("lamp-state", getTranslation("lighting.state"), getTranslation("lighting.state." + d.state().written())),
                Counter.of("lamp-level", getTranslation("lighting.level"), value(d, PointRole.DIMMING_LEVEL_COMMAND, "%", 0)),
                Counter.of("lamp-power", getTranslation("lighting.power"), value(d, PointRole.ELECTRICAL_POWER_SENSOR, "W", 1)),
                Counter.of("lamp-energy", getTranslation("lighting.energy"), value(d, PointRole.ELECTRICAL_ENERGY_SENSOR, "kWh", 2)));
        now.addClassName("counters");
        Chart power = new Chart(getTranslation("lighting.power.day"), "W", getTranslation("chart.empty"));
        power.setId("lamp-power-chart");
        power.showOverTime(List.of(new Series(getTranslation("lighting.power"), ChartKind.LINE,
                d.powerLastDay().stream().map(p -> new Series.Point(p.at(), p.value())).toList())), d.zone());
        UnorderedList tonight = new UnorderedList(d.tonight().stream().map(s -> new ListItem(switchText(s, d))).toArray(ListItem[]::new));
        tonight.setId("lamp-tonight");
        SunAngle angle = d.group().schedule().angle();
        String switchedAt = angle.equals(SunAngle.SUNSET) || angle.equals(SunAngle.CIVIL) ? getTranslation("lighting.sunAngle." + angle.written())
                : getTranslation("lighting.sunAngle.degrees", angle.written());
        Paragraph group = new Paragraph(getTranslation("lighting.group", d.group().name(), d.group().lightingClass(),
                d.group().schedule().profile().written(), switchedAt));
        Paragraph energy = new Paragraph(lastYear == null ? "" : getTranslation("lighting.lamp.energy", number(lastYear.kwh(), 0),
                number(lastYear.measuredKwh(), 0), number(lastYear.baselineKwh(), 0),
                Double.isNaN(lastYear.savingShare()) ? "–" : number(lastYear.savingShare() * 100, 0) + " %"));
        energy.setId("lamp-energy");
        add(title, now, energy, new H3(getTranslation("lighting.tonight")), group, tonight, power, new H3(getTranslation("lighting.inventory.lamp")),
                inventory(l));
    }

    private String switchText(NightSchedule.Switch s, LightingMap.LampDetail d) {
        String at = TIME.format(s.at().atZone(d.zone()));
        return s.level() == 0 ? getTranslation("lighting.switch.off", at) : getTranslation("lighting.switch.level", at, s.level());
    }

    private UnorderedList inventory(Lamppost l) {
        String equipment = l.equipment().stream().map(Equipment::written).sorted().map(e -> getTranslation("lighting.equipment." + e))
                .collect(Collectors.joining(", "));
        UnorderedList facts = new UnorderedList(
                new ListItem(getTranslation("lighting.luminaire", l.luminaire(), number(l.ratedW(), 0), l.lumen() == null ? "–" : l.lumen())),
                new ListItem(getTranslation("lighting.replaced", l.replacedLamp().isEmpty() ? "–" : l.replacedLamp(), number(l.replacedW(), 0))),
                new ListItem(getTranslation("lighting.feed", l.cabinet(), l.circuit().isEmpty() ? "–" : l.circuit())),
                new ListItem(getTranslation("lighting.controller", l.controller().isEmpty() ? "–" : l.controller(), l.asset() == null ? "–" : l.asset())),
                new ListItem(getTranslation("lighting.installed", l.installedOn() == null ? "–" : l.installedOn().toString())),
                new ListItem(getTranslation("lighting.carries", equipment.isEmpty() ? "–" : equipment)));
        facts.setId("lamp-inventory");
        return facts;
    }

    private static String value(LightingMap.LampDetail d, PointRole role, String unit, int decimals) {
        AssetReadings.Latest latest = d.values().get(role);
        return latest == null ? "–" : number(latest.value(), decimals) + " " + unit;
    }

    private static String number(Double value, int decimals) {
        return value == null ? "–" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}

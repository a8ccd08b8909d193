package eu.sharingcities.buildings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.sharingcities.buildings.DecimalMark;
import eu.sharingcities.buildings.Meter;
import eu.sharingcities.buildings.MeterFile;
import eu.sharingcities.buildings.MeterImports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Operators import a bill or meter export into a meter in two steps: the file is read and its
 * first rows shown as read, with the decimal mark taken (the operator may state the other one),
 * and only the operator's confirmation stores it. A refused file lists every problem and stores
 * nothing.
 */
public class MeterImportForm extends Div {

    private final transient MeterImports imports;
    private final Runnable afterImport;
    private final Select<Meter> meter = new Select<>();
    private final Select<String> mark = new Select<>();
    private final Div outcome = new Div();
    private String fileName;
    private String content;

    public MeterImportForm(MeterImports imports, List<Meter> meters, Runnable afterImport) {
        this.imports = imports;
        this.afterImport = afterImport;
        setId("meter-import");
        meter.setLabel(getTranslation("building.import.meter"));
        meter.setItems(meters);
        meter.setItemLabelGenerator(Meter::name);
        meter.setValue(meters.get(0));
        meter.setId("import-meter");
        mark.setLabel(getTranslation("building.import.mark"));
        mark.setItems("", "point", "comma");
        mark.setItemLabelGenerator(m -> getTranslation("building.import.mark." + (m.isEmpty() ? "detect" : m)));
        mark.setValue("");
        mark.setId("import-mark");
        mark.addValueChangeListener(e -> {
            if (e.isFromClient() && content != null) {
                preview();
            }
        });
        outcome.setId("import-outcome");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            fileName = metadata.fileName();
            content = new String(bytes, StandardCharsets.UTF_8);
            preview();
        })));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024); // the server refuses more as well (BuildingsResource)
        upload.setId("meter-upload");
        Paragraph help = new Paragraph(getTranslation("building.import.help"));
        help.addClassName("help");
        add(new H2(getTranslation("building.import")), help, meter, mark, upload, outcome);
    }

    private Optional<DecimalMark> statedMark() {
        return DecimalMark.named(mark.getValue());
    }

    /** Reads the file without storing it and shows what would be stored. */
    private void preview() {
        outcome.removeAll();
        try {
            MeterImports.Reading reading = imports.preview(meter.getValue().id(), fileName, content, statedMark());
            Grid<MeterFile.ReadRow> rows = new Grid<>();
            rows.addColumn(MeterFile.ReadRow::row).setHeader(getTranslation("building.import.row")).setAutoWidth(true);
            rows.addColumn(MeterFile.ReadRow::start).setHeader(getTranslation("building.import.start")).setAutoWidth(true);
            rows.addColumn(MeterFile.ReadRow::end).setHeader(getTranslation("building.import.end")).setAutoWidth(true);
            rows.addColumn(MeterFile.ReadRow::consumptionAsWritten).setHeader(getTranslation("building.import.written")).setAutoWidth(true);
            rows.addColumn(r -> r.consumption().toPlainString()).setHeader(getTranslation("building.import.read")).setAutoWidth(true);
            rows.addColumn(r -> String.format(getLocale(), "%,.1f", r.kwh())).setHeader("kWh").setAutoWidth(true);
            rows.setItems(reading.firstRows());
            rows.setAllRowsVisible(true);
            rows.setId("import-preview");
            Button store = new Button(getTranslation("building.import.confirm", reading.periods()), click -> store());
            store.setId("import-confirm");
            outcome.add(new Paragraph(getTranslation("building.import.as.read", fileName, reading.periods(),
                    getTranslation("building.import.mark." + reading.decimalMark().name().toLowerCase()))), rows, store);
        } catch (MeterImports.RefusedFile refused) {
            showRefusal(refused);
        }
    }

    private void store() {
        try {
            MeterImports.Reading stored = imports.importFile(meter.getValue().id(), fileName, content, statedMark());
            Notification.show(getTranslation("building.import.done", stored.periods(), fileName)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            content = null;
            outcome.removeAll();
            afterImport.run();
        } catch (MeterImports.RefusedFile refused) {
            showRefusal(refused);
        }
    }

    private void showRefusal(MeterImports.RefusedFile refused) {
        outcome.removeAll();
        outcome.add(new Paragraph(getTranslation("building.import.refused", fileName)),
                new UnorderedList(refused.problems().stream().map(m -> new ListItem(m.in(getLocale()))).toArray(ListItem[]::new)));

    }
}

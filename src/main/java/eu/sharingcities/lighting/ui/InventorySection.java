package eu.sharingcities.lighting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.sharingcities.lighting.inventory.InventoryRefused;
import eu.sharingcities.lighting.inventory.LightingInventory;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The inventory as files: CSV and GeoJSON to download for everyone who sees the city, and an upload
 * for its administrators that imports a whole file or, with any problem, nothing (each problem listed).
 */
class InventorySection extends Div {

    InventorySection(LightingInventory inventory, String city, boolean admin, Runnable afterImport) {
        setId("lighting-inventory");
        Anchor csv = new Anchor(download(city + "-lampposts.csv", "text/csv", () -> inventory.csv(city)), getTranslation("lighting.export.csv"));
        csv.setId("inventory-csv");
        Anchor geoJson = new Anchor(download(city + "-lampposts.geojson", "application/geo+json", () -> inventory.geoJson(city)),
                getTranslation("lighting.export.geojson"));
        geoJson.setId("inventory-geojson");
        Div links = new Div(csv, geoJson);
        links.addClassName("lamp-legend");
        add(new H2(getTranslation("lighting.inventory")), links);
        if (admin) {
            Div outcome = new Div();
            outcome.setId("inventory-outcome");
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
                outcome.removeAll();
                try {
                    LightingInventory.Imported imported = inventory.importFile(city, metadata.fileName(), new String(bytes, StandardCharsets.UTF_8));
                    Notification.show(imported.said().in(getLocale())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    outcome.add(new Paragraph(imported.said().in(getLocale())));
                    afterImport.run();
                } catch (InventoryRefused refused) {
                    outcome.add(new Paragraph(getTranslation("lighting.import.refused", metadata.fileName())),
                            new UnorderedList(refused.problems().stream().map(m -> new ListItem(m.in(getLocale()))).toArray(ListItem[]::new)));
                }
            })));
            upload.setAcceptedFileTypes(".csv", ".geojson", ".json", "text/csv", "application/geo+json", "application/json");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(10 * 1024 * 1024); // as the REST API (LightingResource)
            upload.setId("inventory-upload");
            Paragraph help = new Paragraph(getTranslation("lighting.import.help"));
            help.addClassName("help");
            add(help, upload, outcome);
        }
    }

    private static DownloadHandler download(String fileName, String type, Supplier<String> content) {
        return download -> {
            download.setFileName(fileName);
            download.setContentType(type);
            download.getOutputStream().write(content.get().getBytes(StandardCharsets.UTF_8));
        };
    }
}

package eu.sharingcities.lighting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.lighting.workorders.WorkOrder;
import eu.sharingcities.lighting.workorders.WorkOrderNote;
import eu.sharingcities.lighting.workorders.WorkOrders;
import eu.sharingcities.portal.FormProblem;
import eu.sharingcities.security.Role;
import eu.sharingcities.security.SignedInUser;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One work order on its page: what it is for, the steps its reader may take now (operators assign
 * and verify; whoever works on it starts, fixes and adds notes and photos), and its notes with their
 * photos. {@code changed} runs after each step, for the page to redraw.
 */
class WorkOrderDetail extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkOrders workOrders;
    private final CityInfo city;
    private final SignedInUser user;
    private final List<String> contractors;
    private final Runnable changed;

    WorkOrderDetail(WorkOrders workOrders, CityInfo city, SignedInUser user, List<String> contractors, Runnable changed) {
        this.workOrders = workOrders;
        this.city = city;
        this.user = user;
        this.contractors = contractors;
        this.changed = changed;
        setId("work-order-detail");
    }

    void show(WorkOrder o) {
        removeAll();
        Paragraph problem = new Paragraph();
        problem.setId("work-order-problem");
        boolean operator = user.may(Role.OPERATOR, city.code());
        boolean works = operator || user.isPartnerIn(city.code()) && o.contractor().equals(user.organisation());
        Div actions = new Div();
        actions.addClassName("lamp-legend");
        if (operator && (o.status() == WorkOrder.Status.OPEN || o.status() == WorkOrder.Status.ASSIGNED)) {
            Select<String> contractor = new Select<>();
            contractor.setItems(contractors);
            contractor.setId("work-order-contractor");
            actions.add(contractor, button("workOrders.assign", "work-order-assign", problem,
                    () -> workOrders.assign(city.code(), o.id(), contractor.getValue())));
        }
        if (works && o.status() == WorkOrder.Status.ASSIGNED) {
            actions.add(button("workOrders.start", "work-order-start", problem, () -> workOrders.start(city.code(), o.id())));
        }
        TextField note = new TextField(getTranslation("workOrders.note"));
        note.setId("work-order-note");
        if (works && o.status() != WorkOrder.Status.VERIFIED) {
            actions.add(note, button("workOrders.addNote", "work-order-add-note", problem,
                    () -> workOrders.addNote(city.code(), o.id(), note.getValue(), null, null)));
        }
        if (works && o.status() == WorkOrder.Status.IN_PROGRESS) {
            actions.add(button("workOrders.fixed", "work-order-fixed", problem, () -> workOrders.fixed(city.code(), o.id(), note.getValue())));
        }
        if (operator && o.status() == WorkOrder.Status.FIXED) {
            actions.add(button("workOrders.verify", "work-order-verify", problem,
                    () -> workOrders.verify(city.code(), o.id()).ifPresent(why -> problem.setText(why.in(getLocale())))));
        }
        add(new H2("#" + o.id() + " · " + o.target() + " · " + getTranslation("workOrders.status." + o.status().name())),
                new Paragraph(o.description() + " — " + getTranslation("workOrders.openedBy") + ": " + o.openedBy()), actions, problem);
        if (works && o.status() != WorkOrder.Status.VERIFIED) {
            add(photoUpload(o, problem));
        }
        add(notes(o));
    }

    private Button button(String label, String id, Paragraph problem, Runnable action) {
        Button button = new Button(getTranslation(label), click -> FormProblem.attempt(problem, action, changed));
        button.setId(id);
        return button;
    }

    /** A photo taken on site, as a note (the service checks its type and size). */
    private Div photoUpload(WorkOrder o, Paragraph problem) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> FormProblem.attempt(problem,
                () -> workOrders.addNote(city.code(), o.id(), "", bytes, metadata.contentType()), changed))));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFiles(1);
        upload.setId("work-order-photo");
        Paragraph help = new Paragraph(getTranslation("workOrders.photo"));
        help.addClassName("help");
        return new Div(help, upload);
    }

    private UnorderedList notes(WorkOrder o) {
        UnorderedList notes = new UnorderedList();
        notes.setId("work-order-notes");
        for (WorkOrderNote n : workOrders.notes(city.code(), o.id())) {
            ListItem item = new ListItem(time(n.writtenAt()) + " " + n.writtenBy() + (n.text().isEmpty() ? "" : ": " + n.text()));
            if (n.hasPhoto()) {
                Image photo = new Image(photo(o.id(), n.id()), getTranslation("workOrders.photoOf", o.target()));
                photo.addClassName("work-order-photo");
                item.add(photo);
            }
            notes.add(item);
        }
        return notes;
    }

    private DownloadHandler photo(long orderId, long noteId) {
        return download -> {
            WorkOrderNote.Photo photo = workOrders.photo(city.code(), orderId, noteId);
            download.setContentType(photo.type());
            download.getOutputStream().write(photo.bytes());
        };
    }

    private String time(Instant at) {
        return at == null ? "–" : TIME.format(at.atZone(city.zone()));
    }
}

package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.sharingcities.partners.PartnerAccess;
import eu.sharingcities.partners.knowhow.Article;
import eu.sharingcities.partners.knowhow.ArticleAttachments;
import eu.sharingcities.partners.knowhow.Attachment;
import eu.sharingcities.partners.knowhow.KnowhowArticles;
import eu.sharingcities.portal.FormProblem;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.PlatformLanguages;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Writing know-how: a new article of the writer's organisation in one language, then each save a new
 * version, the request for a review by a named person, the reviewer's (or consortium staff's)
 * approval, and the article's attachments. {@code /partners/knowhow/new/edit} starts one.
 */
@Route(value = "partners/knowhow/:id/edit", layout = PartnersLayout.class)
@CdiComponent
class ArticleEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    KnowhowArticles articles;

    @Inject
    ArticleAttachments attachments;

    @Inject
    PartnerAccess access;

    @Inject
    CurrentUser currentUser;

    private final Paragraph problem = new Paragraph();
    private long id;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        problem.setId("article-problem");
        String param = event.getRouteParameters().get("id").orElse("new");
        if (param.equals("new")) {
            startNew();
            return;
        }
        try {
            id = Long.parseLong(param);
            show();
        } catch (NumberFormatException | NotFound e) {
            removeAll();
            add(new H1(getTranslation("knowhow.unknown")));
        }
    }

    private void startNew() {
        removeAll();
        String organisation = access.ownOrganisation().orElse(null);
        if (organisation == null) {
            add(new H1(getTranslation("knowhow.write")), new Paragraph(getTranslation("knowhow.write.noOrganisation")));
            return;
        }
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("knowhow.language"));
        language.setItems(PlatformLanguages.CODES);
        language.setValue(getLocale().getLanguage());
        language.setId("article-language");
        TextField title = title("");
        TextArea body = body("");
        Button create = new Button(getTranslation("knowhow.create"), click -> FormProblem.attempt(problem, () -> {
            Article created = articles.create(organisation, language.getValue(), title.getValue(), body.getValue());
            UI.getCurrent().navigate("partners/knowhow/" + created.id() + "/edit");
        }, () -> { }));
        create.setId("article-create");
        add(new H1(getTranslation("knowhow.write")), language, title, body, create, problem);
    }

    private void show() {
        removeAll();
        Article a = articles.view(id);
        if (a.draft() == null) {
            add(new H1(getTranslation("knowhow.write")), new Paragraph(getTranslation("knowhow.write.notYours")));
            return;
        }
        TextField title = title(a.draft().title());
        TextArea body = body(a.draft().body());
        add(new H1(a.draft().title()), new Paragraph(getTranslation("knowhow.state", getTranslation("knowhow.state." + a.state()),
                a.draft().version(), a.reviewer() == null ? "–" : a.reviewer())));
        boolean writer = access.mayEdit(a.organisation());
        if (writer) {
            Button save = button("knowhow.save", "article-save", () -> articles.save(id, title.getValue(), body.getValue()));
            TextField reviewer = new TextField(getTranslation("knowhow.reviewer"));
            reviewer.setId("article-reviewer");
            Button submit = button("knowhow.submit", "article-submit", () -> articles.submit(id, reviewer.getValue()));
            add(title, body, new Div(save), new Div(reviewer, submit));
        } else {
            add(new Paragraph(a.draft().body()));
        }
        boolean reviewer = currentUser.get().map(u -> u.isConsortiumAdmin() || u.username().equals(a.reviewer())).orElse(false);
        if ("in-review".equals(a.state()) && reviewer) {
            add(new Div(button("knowhow.approve", "article-approve", () -> articles.approve(id))));
        }
        add(problem, new H2(getTranslation("knowhow.attachments")), attachmentList(a.attachments(), writer));
        if (writer) {
            add(upload());
        }
        if (a.published() != null) {
            add(new Anchor("/partners/knowhow/" + id, getTranslation("knowhow.published", a.published().version())));
        }
    }

    private UnorderedList attachmentList(List<Attachment> files, boolean writer) {
        UnorderedList list = new UnorderedList();
        list.setId("article-attachments");
        for (Attachment f : files) {
            Anchor download = AttachmentLink.of(attachments, id, f, f.name() + " (" + Math.max(1, f.size() / 1024) + " KB)");
            ListItem item = new ListItem(download);
            if (writer) {
                item.add(button("knowhow.removeAttachment", null, () -> attachments.delete(id, f.name())));
            }
            list.add(item);
        }
        return list;
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> FormProblem.attempt(problem,
                () -> attachments.put(id, metadata.fileName(), bytes), this::show))));
        upload.setId("article-upload");
        upload.setMaxFileSize(10 * 1024 * 1024);
        return upload;
    }

    private Button button(String label, String elementId, Runnable action) {
        Button button = new Button(getTranslation(label), click -> FormProblem.attempt(problem, action, this::show));
        if (elementId != null) {
            button.setId(elementId);
        }
        return button;
    }

    private TextField title(String value) {
        TextField title = new TextField(getTranslation("knowhow.title"));
        title.setValue(value);
        title.setWidthFull();
        title.setId("article-title");
        return title;
    }

    private TextArea body(String value) {
        TextArea body = new TextArea(getTranslation("knowhow.body"));
        body.setValue(value);
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setId("article-body-editor");
        return body;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowhow.write");
    }
}

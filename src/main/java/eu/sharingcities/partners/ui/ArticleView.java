package eu.sharingcities.partners.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.sharingcities.partners.knowhow.Article;
import eu.sharingcities.partners.knowhow.ArticleAttachments;
import eu.sharingcities.partners.knowhow.KnowhowArticles;
import eu.sharingcities.text.NotFound;
import jakarta.inject.Inject;

/** A published know-how article, its Markdown shown as HTML (raw HTML in it shown as text), with its version, organisation and attachments. */
@Route(value = "partners/knowhow/:id", layout = PartnersLayout.class)
@AnonymousAllowed
@CdiComponent
class ArticleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Inject
    KnowhowArticles articles;

    @Inject
    ArticleAttachments attachments;

    private String title = "";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Article a;
        try {
            a = articles.view(Long.parseLong(event.getRouteParameters().get("id").orElse("0")));
        } catch (NotFound | NumberFormatException e) {
            add(new H1(getTranslation("knowhow.unknown")));
            return;
        }
        Anchor edit = new Anchor("/partners/knowhow/" + a.id() + "/edit", getTranslation("knowhow.edit"));
        edit.setId("article-edit");
        if (a.published() == null) {
            add(new H1(a.draft().title()), new Paragraph(getTranslation("knowhow.notPublished")), edit);
            return;
        }
        title = a.published().title();
        Html body = new Html("<div>" + a.publishedHtml() + "</div>");
        body.setId("article-body");
        add(new H1(title), new Paragraph(getTranslation("knowhow.byline", a.organisation(), a.published().version(), a.language())), body);
        if (!a.attachments().isEmpty()) {
            UnorderedList files = new UnorderedList();
            files.setId("article-files");
            a.attachments().forEach(f -> files.add(new ListItem(AttachmentLink.of(attachments, a.id(), f, f.name()))));
            add(new H2(getTranslation("knowhow.attachments")), files);
        }
        if (a.draft() != null) {
            add(edit);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

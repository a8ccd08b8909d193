package eu.sharingcities.partners.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.sharingcities.partners.knowhow.ArticleAttachments;
import eu.sharingcities.partners.knowhow.Attachment;

/** A link that downloads an article's attachment, read when clicked and only if the reader may read the article. */
final class AttachmentLink {

    private AttachmentLink() {
    }

    static Anchor of(ArticleAttachments attachments, long article, Attachment f, String text) {
        return new Anchor((DownloadHandler) d -> {
            ArticleAttachments.File file = attachments.read(article, f.name());
            d.setFileName(file.name());
            d.setContentType(file.contentType());
            d.getOutputStream().write(file.content());
        }, text);
    }
}

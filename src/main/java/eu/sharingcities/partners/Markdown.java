package eu.sharingcities.partners;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** What partners write in Markdown (know-how, minutes) as HTML, with commonmark-java. */
public final class Markdown {

    /** Raw HTML is shown as text, and only safe links are kept: partners write, everyone reads. */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Parser PARSER = Parser.builder().build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        return markdown == null ? null : HTML.render(PARSER.parse(markdown));
    }
}

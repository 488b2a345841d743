package vn.gov.portal.articles.render;

import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import vn.gov.portal.articles.source.ArticleSource;
import vn.gov.portal.articles.source.BodyFormat;
import vn.gov.portal.articles.source.ImageRef;

/**
 * Turns an article body into safe HTML: Markdown is rendered by commonmark (raw HTML inside it is
 * allowed), then everything goes through the {@link HtmlSanitizer}. Thread-safe.
 */
public final class BodyRenderer {

    // Both are immutable and thread-safe; building them is the costly part.
    private static final Parser MARKDOWN = Parser.builder().build();
    // URLs are left to the sanitizer, which knows the upload: scheme of images.
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().sanitizeUrls(false).build();

    private final HtmlSanitizer sanitizer;

    public BodyRenderer() {
        this(new HtmlSanitizer());
    }

    public BodyRenderer(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** The sanitized body; images may still refer to {@code upload:<id>} (see {@link #render}). */
    public String toSafeHtml(ArticleSource source) {
        return toSafeHtml(source.body(), source.format());
    }

    public String toSafeHtml(String body, BodyFormat format) {
        String html = switch (format) {
            case MARKDOWN -> HTML.render(MARKDOWN.parse(body));
            case HTML -> body;
        };
        return sanitizer.sanitize(html);
    }

    /** The sanitized body with the front matter's images placed; see {@link FigurePlacer}. */
    public RenderedBody render(ArticleSource source, Map<String, Figure> figuresByUploadId) {
        return FigurePlacer.place(
                toSafeHtml(source),
                figuresByUploadId,
                source.images().stream().map(ImageRef::uploadId).toList());
    }
}

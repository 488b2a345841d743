package vn.gov.portal.articles.render;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;
import vn.gov.portal.articles.source.ArticleSourceParser;

/**
 * Puts the front matter's images into a sanitized body. An {@code <img src="upload:<id>">} (Markdown
 * {@code ![alt](upload:<id>)}) gets the image's public URL and is wrapped in a {@code <figure>} with
 * its caption, at the nearest place where a figure is valid HTML; a reference to an image that was
 * not resolved is removed. Images the body does not refer to are returned for the page to show after it.
 */
public final class FigurePlacer {

    /** Elements whose children may be a figure; inside anything else (p, h2, em...) it goes next to it. */
    private static final Set<String> FLOW_CONTAINERS = Set.of("body", "div", "blockquote", "li", "td", "th");

    private static final String SCHEME = ArticleSourceParser.UPLOAD_SCHEME;

    private FigurePlacer() {}

    /**
     * @param safeBodyHtml output of {@link HtmlSanitizer} (or {@link BodyRenderer#toSafeHtml})
     * @param figuresByUploadId resolved images by upload id; ids missing here are not shown
     * @param order the upload ids in front matter order
     */
    public static RenderedBody place(String safeBodyHtml, Map<String, Figure> figuresByUploadId, List<String> order) {
        Document doc = Jsoup.parseBodyFragment(safeBodyHtml);
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        Set<String> placed = new HashSet<>();
        Elements images = doc.body().select("img");
        // Last to first, so that figures moved out of one paragraph keep their order.
        for (int i = images.size() - 1; i >= 0; i--) {
            Element img = images.get(i);
            String src = img.attr("src");
            if (!src.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
                continue;
            }
            String uploadId = src.substring(SCHEME.length());
            Figure figure = figuresByUploadId.get(uploadId);
            if (figure == null) {
                img.remove();
                continue;
            }
            placed.add(uploadId);
            img.attr("src", figure.url());
            if (img.attr("alt").isBlank()) {
                img.attr("alt", figure.alt());
            }
            if (figure.picture() != null) {
                responsive(img, figure.picture(), i > 0);
            }
            wrap(img, figure.caption());
        }
        List<Figure> trailing = order.stream()
                .filter(id -> !placed.contains(id))
                .map(figuresByUploadId::get)
                .filter(Objects::nonNull)
                .toList();
        return new RenderedBody(doc.body().html(), trailing);
    }

    /**
     * srcset and sizes from the image's variants, its size (the browser reserves the space: no
     * layout shift) and lazy loading for all but the body's first image, which may be on screen.
     */
    private static void responsive(Element img, Picture p, boolean lazy) {
        if (!p.srcset().isEmpty()) {
            img.attr("srcset", p.srcset()).attr("sizes", PageRenderer.ARTICLE_SIZES);
        }
        if (p.width() > 0) {
            img.attr("width", Integer.toString(p.width())).attr("height", Integer.toString(p.height()));
        }
        if (lazy) {
            img.attr("loading", "lazy");
        }
        img.attr("decoding", "async");
    }

    private static void wrap(Element img, String caption) {
        Element existing = img.closest("figure");
        if (existing != null) { // the author wrote the figure; add the caption if it has none
            if (caption != null && existing.selectFirst("> figcaption") == null) {
                existing.appendElement("figcaption").text(caption);
            }
            return;
        }
        Element parent = img.parent();
        Element content = "a".equals(parent.normalName()) && parent.childNodeSize() == 1 ? parent : img;
        Element block = content;
        while (!FLOW_CONTAINERS.contains(block.parent().normalName())) {
            block = block.parent();
        }
        Element figure = new Element("figure").addClass("article-figure");
        if (block == content) {
            content.replaceWith(figure);
        } else if (block.text().isBlank() && block.select("img").size() == 1) {
            block.replaceWith(figure); // e.g. a paragraph holding just the image
        } else {
            block.after(figure);
        }
        figure.appendChild(content);
        if (caption != null) {
            figure.appendElement("figcaption").text(caption);
        }
    }
}

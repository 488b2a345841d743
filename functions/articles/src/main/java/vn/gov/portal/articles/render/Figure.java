package vn.gov.portal.articles.render;

/**
 * An image of the article, resolved to its public URL. {@code caption} is null when there is none;
 * {@code alt} defaults to the caption (or empty) when not given.
 */
public record Figure(String url, String caption, String alt) {

    public Figure {
        Paths.requireLink(url, "url");
        caption = caption == null || caption.isBlank() ? null : caption;
        alt = alt != null && !alt.isBlank() ? alt : caption == null ? "" : caption;
    }

    public Figure(String url, String caption) {
        this(url, caption, null);
    }
}

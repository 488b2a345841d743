package vn.gov.portal.articles.render;

/**
 * An image of the article, resolved to its public URL. {@code caption} is null when there is none;
 * {@code alt} defaults to the caption (or empty) when not given. {@code picture}, when known, gives
 * its size and responsive variants (null for an image published before variants existed).
 */
public record Figure(String url, String caption, String alt, Picture picture) {

    public Figure {
        SitePaths.requireLink(url, "url");
        caption = caption == null || caption.isBlank() ? null : caption;
        alt = alt != null && !alt.isBlank() ? alt : caption == null ? "" : caption;
    }

    public Figure(String url, String caption, String alt) {
        this(url, caption, alt, null);
    }

    public Figure(String url, String caption) {
        this(url, caption, null, null);
    }
}

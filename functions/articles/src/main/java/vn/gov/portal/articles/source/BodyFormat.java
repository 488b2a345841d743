package vn.gov.portal.articles.source;

import java.util.Locale;
import java.util.Optional;

/** How the body after the front matter is written; decided by the upload's content type. */
public enum BodyFormat {
    MARKDOWN,
    HTML;

    /** {@code text/markdown} or {@code text/html}, parameters such as {@code ; charset=utf-8} ignored. */
    public static Optional<BodyFormat> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
        return switch (mediaType) {
            case "text/markdown" -> Optional.of(MARKDOWN);
            case "text/html" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }
}

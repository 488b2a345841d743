package vn.gov.portal.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the page renderers of articles and directives share: the Mustache templates under
 * {@code templates/} on the classpath (partials from this module, pages from the caller's), the
 * values the partials read and the rule for absent text. Plain Java, so modules that render
 * nothing do not need jmustache.
 */
public final class Templates {

    public static final String PORTAL_NAME = "Cổng thông tin điện tử";

    private Templates() {}

    /** A template loader: {@code templates/<name>.mustache}, failing loudly when it is missing. */
    public static Reader load(String name) throws IOException {
        try (InputStream in = Templates.class.getResourceAsStream("/templates/" + name + ".mustache")) {
            if (in == null) {
                throw new IllegalStateException("Missing template templates/" + name + ".mustache");
            }
            return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Templates read null as an error; absent optional text is empty (and false in sections). */
    public static String text(String value) {
        return value == null ? "" : value;
    }

    /** The values the partials (head, header, aside, footer) read; a page adds its own to the map. */
    public static Map<String, Object> layout(
            String ministryName, String pageTitle, String description, String pageClass) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pageTitle", text(pageTitle));
        m.put("description", description);
        m.put("pageClass", pageClass);
        m.put("portalName", PORTAL_NAME);
        m.put("ministryName", ministryName);
        m.put("ratingArticleId", "");
        m.put("searchDate", "");
        m.put("sections", Sections.site().menu());
        return m;
    }
}

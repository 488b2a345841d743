package vn.gov.portal.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * What the page renderers of articles and directives share: the Mustache templates under
 * {@code templates/} on the classpath (partials from this module, pages from the caller's) and the
 * rule for absent text. Plain Java, so modules that render nothing do not need jmustache.
 */
public final class Templates {

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
}

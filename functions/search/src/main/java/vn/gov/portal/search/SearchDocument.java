package vn.gov.portal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the index learns about one article or directive: how to show it in a result (title, url,
 * Vietnam day, the plain text snippets are cut from) and the text of each indexed field (plain
 * text, no markup). {@code time} orders equally relevant results, newest first.
 */
public record SearchDocument(
        Kind kind,
        String id,
        String title,
        String url,
        LocalDate day,
        Instant time,
        Map<Field, String> fields,
        String snippetText) {

    /** Snippets are cut from the start of this much text (the first matching word in it). */
    public static final int MAX_SNIPPET_SOURCE = 4000;

    public SearchDocument {
        fields = Map.copyOf(fields);
        snippetText = snippetText == null
                ? ""
                : snippetText.length() <= MAX_SNIPPET_SOURCE
                        ? snippetText
                        : snippetText.substring(0, MAX_SNIPPET_SOURCE);
    }

    public String key() {
        return kind.code() + "#" + id;
    }
}
